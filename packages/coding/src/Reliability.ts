/**
 * Intercoder reliability: percent agreement, Cohen's κ (unweighted and weighted), Scott's π, Fleiss' κ,
 * Krippendorff's α at four levels of measurement with a bootstrapped interval, and unitized α over spans.
 * Pure functions over coders × units matrices (`null` = missing); see docs/reliability.md for the formulas.
 */
export * from "./reliability/Alpha.js"
export * from "./reliability/Data.js"
export * from "./reliability/Kappa.js"
export * from "./reliability/MatrixFile.js"
export * from "./reliability/Unitized.js"
