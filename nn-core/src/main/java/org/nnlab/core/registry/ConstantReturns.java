package org.nnlab.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads, from a class file, the text a method without parameters returns when its body is just
 * {@code return "text";}, without running the method. {@code name()} and {@code apiVersion()}
 * are written this way in almost every plugin: {@code return NnApi.VERSION;} compiles to the
 * constant too, since {@code VERSION} is a compile-time constant.
 */
final class ConstantReturns {
  private static final String RETURNS_STRING = "()Ljava/lang/String;";

  private ConstantReturns() {}

  /**
   * Finds the constant a public method of a class returns.
   *
   * @param type the class, loaded but not necessarily initialized
   * @param method the name of a public method without parameters that returns a {@code String}
   * @return the constant, or empty when the method computes its result, or its class file
   *     cannot be read
   */
  static Optional<String> of(Class<?> type, String method) {
    Class<?> declaring;
    try {
      declaring = type.getMethod(method).getDeclaringClass();
    } catch (NoSuchMethodException | LinkageError e) {
      return Optional.empty();
    }
    ClassLoader loader = declaring.getClassLoader();
    if (loader == null) {
      return Optional.empty();
    }
    try (InputStream in = loader.getResourceAsStream(
        declaring.getName().replace('.', '/') + ".class")) {
      if (in == null) {
        return Optional.empty();
      }
      Finder finder = new Finder(method);
      new ClassReader(in).accept(finder, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return Optional.ofNullable(finder.body == null ? null : finder.body.constant());
    } catch (IOException | RuntimeException e) {
      // A class file ASM cannot parse: the plugin's code is asked instead, under a guard.
      return Optional.empty();
    }
  }

  /** The method's declaration in the class file. */
  private static final class Finder extends ClassVisitor {
    private final String method;
    private Body body;

    Finder(String method) {
      super(Opcodes.ASM9);
      this.method = method;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      boolean concrete = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC
          | Opcodes.ACC_BRIDGE)) == 0;
      if (concrete && name.equals(method) && descriptor.equals(RETURNS_STRING)) {
        body = new Body();
        return body;
      }
      return null;
    }
  }

  /** Accepts exactly two instructions: load a string constant, return it. */
  private static final class Body extends MethodVisitor {
    private String constant;
    private int instructions;
    private boolean plain = true;

    Body() {
      super(Opcodes.ASM9);
    }

    String constant() {
      return plain && instructions == 2 ? constant : null;
    }

    private void other() {
      plain = false;
    }

    @Override
    public void visitLdcInsn(Object value) {
      instructions++;
      if (instructions == 1 && value instanceof String text) {
        constant = text;
      } else {
        other();
      }
    }

    @Override
    public void visitInsn(int opcode) {
      instructions++;
      if (instructions != 2 || opcode != Opcodes.ARETURN) {
        other();
      }
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      other();
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
      other();
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      other();
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      other();
    }

    @Override
    public void visitMethodInsn(
        int opcode, String owner, String name, String descriptor, boolean isInterface) {
      other();
    }

    @Override
    public void visitInvokeDynamicInsn(
        String name, String descriptor, Handle bootstrap, Object... arguments) {
      other();
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      other();
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
      other();
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      other();
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      other();
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
      other();
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
      other();
    }
  }
}
