/** The test zip writer lives beside the zip reader, in @valuelens/ingest's tests. */
export * from "../../ingest/test/zipkit.js"
