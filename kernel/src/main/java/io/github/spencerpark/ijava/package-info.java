/**
 * IJava's cell-side API under IJava's own names, written for this kernel so that notebooks written
 * for IJava run unchanged: {@link io.github.spencerpark.ijava.IJava#getKernelInstance()}, the
 * {@code runtime} helpers ({@code Display}, {@code Kernel}, {@code Magics}) and, in
 * {@code io.github.spencerpark.jupyter.kernel.display}, the renderer registration API. Each class maps
 * onto {@link org.treatylab.kernel.JavaKernel}; none of IJava's code is used.
 */
package io.github.spencerpark.ijava;
