/**
 * What the kernel offers code that must not depend on the kernel class: {@link
 * org.treatylab.kernel.spi.CellHost} for magics and extensions (evaluate, display, capture a thread's
 * displays), {@link org.treatylab.kernel.spi.CellThread} for extensions such as a widget layer (run a
 * task on the cell-execution thread, in order with cells), both reached from the base library's {@code
 * BaseKernel} with their {@code of(kernel)} methods, and {@link org.treatylab.kernel.spi.CommOpener},
 * what the kernel's comm manager ({@code kernel.getCommManager()}) adds to the base library's.
 */
package org.treatylab.kernel.spi;
