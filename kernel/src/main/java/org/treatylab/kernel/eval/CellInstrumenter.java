package org.treatylab.kernel.eval;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import java.util.HashSet;
import java.util.Set;

/**
 * Rewrites the bytecode of classes compiled from cells before they are loaded: a {@link StopCheck}
 * call before every backward jump (so loops can be interrupted), and {@link ExitGuard} in place of
 * calls that would exit the JVM. Only cell classes are rewritten; library code is not.
 */
final class CellInstrumenter {
  private static final String STOP_CHECK = StopCheck.class.getName().replace('.', '/');
  private static final String EXIT_GUARD = ExitGuard.class.getName().replace('.', '/');

  private CellInstrumenter() {}

  /** Returns the instrumented class file. */
  static byte[] instrument(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    // COMPUTE_MAXS: the inserted calls take no stack slots beyond what is there; frames stay valid
    // because calls are inserted at points that are not jump targets.
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(new CellClassVisitor(writer), 0);
    return writer.toByteArray();
  }

  private static final class CellClassVisitor extends ClassVisitor {
    CellClassVisitor(ClassVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      return new CellMethodVisitor(super.visitMethod(access, name, descriptor, signature, exceptions));
    }
  }

  private static final class CellMethodVisitor extends MethodVisitor {
    private final Set<Label> seen = new HashSet<>();

    CellMethodVisitor(MethodVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public void visitLabel(Label label) {
      seen.add(label);
      super.visitLabel(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label target) {
      if (seen.contains(target)) { // a jump back: a loop
        super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_CHECK, "check", "()V", false);
      }
      super.visitJumpInsn(opcode, target);
    }

    @Override
    public void visitMethodInsn(
        int opcode, String owner, String name, String descriptor, boolean isInterface) {
      if (opcode == Opcodes.INVOKESTATIC
          && owner.equals("java/lang/System")
          && name.equals("exit")
          && descriptor.equals("(I)V")) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, EXIT_GUARD, "exit", "(I)V", false);
        return;
      }
      if (opcode == Opcodes.INVOKEVIRTUAL
          && owner.equals("java/lang/Runtime")
          && (name.equals("exit") || name.equals("halt"))
          && descriptor.equals("(I)V")) {
        String guard = name.equals("exit") ? "runtimeExit" : "runtimeHalt";
        super.visitMethodInsn(
            Opcodes.INVOKESTATIC, EXIT_GUARD, guard, "(Ljava/lang/Runtime;I)V", false);
        return;
      }
      super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
  }
}
