/**
 * What the kernel offers code that must not depend on the kernel class: {@link
 * org.treatylab.kernel.spi.CellHost} for magics (evaluate, display) and {@link
 * org.treatylab.kernel.spi.CellThread} for extensions such as a widget layer (run a task on the
 * cell-execution thread, in order with cells). Both are reached from the base library's {@code
 * BaseKernel} with their {@code of(kernel)} methods.
 */
package org.treatylab.kernel.spi;
