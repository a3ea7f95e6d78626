/** A copy of a typed array in a larger one, for buffers that grow by doubling. */
export const grown = <T extends Int32Array | Float64Array | Uint16Array>(a: T, size: number): T => {
  const b = new (a.constructor as new (size: number) => T)(size)
  b.set(a)
  return b
}
