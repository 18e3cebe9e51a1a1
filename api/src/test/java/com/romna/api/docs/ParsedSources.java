package com.romna.api.docs;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A source tree parsed (not compiled) by the JDK's own parser, with an index of its methods, the
 * calls in it and its string constants: enough to follow a value from a call to a parameter.
 */
final class ParsedSources {

  record Unit(CompilationUnitTree tree, String file) {}

  record Method(Unit unit, String className, MethodTree tree) {}

  record Call(Unit unit, String className, Method enclosing, MethodInvocationTree tree) {}

  final List<Unit> units = new ArrayList<>();
  final List<Method> methods = new ArrayList<>();
  final List<Call> calls = new ArrayList<>();
  /** {@code Class.FIELD} to the literal it is initialised with. */
  final Map<String, String> stringConstants = new TreeMap<>();
  private final Trees trees;

  private ParsedSources(Trees trees) {
    this.trees = trees;
  }

  static ParsedSources parse(Path sourceRoot) throws IOException {
    Path root = sourceRoot.toAbsolutePath();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(root)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
      JavacTask task = (JavacTask) javac.getTask(
          null, files, null, List.of("-proc:none"), null, files.getJavaFileObjectsFromPaths(sources));
      ParsedSources parsed = new ParsedSources(Trees.instance(task));
      for (CompilationUnitTree unit : task.parse()) {
        parsed.units.add(new Unit(unit, root.relativize(Path.of(unit.getSourceFile().toUri())).toString()));
      }
      parsed.units.forEach(parsed::index);
      return parsed;
    }
  }

  long line(Unit unit, Tree at) {
    return unit.tree().getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit.tree(), at));
  }

  static int indexOf(MethodTree method, String parameter) {
    List<? extends VariableTree> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).getName().contentEquals(parameter)) {
        return i;
      }
    }
    return -1;
  }

  private void index(Unit unit) {
    new Walker(unit) {
      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        methods.add(new Method(unit, className(), tree));
        return super.visitMethod(tree, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        calls.add(new Call(unit, className(), method(), tree));
        return super.visitMethodInvocation(tree, unused);
      }

      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (method() == null && tree.getInitializer() instanceof LiteralTree l && l.getValue() instanceof String s) {
          stringConstants.put(className() + "." + tree.getName(), s);
        }
        return super.visitVariable(tree, unused);
      }
    }.scan(unit.tree(), null);
  }

  /** Walks one file knowing the class and method it is in. */
  abstract static class Walker extends TreePathScanner<Void, Void> {
    private final Unit unit;
    private final List<String> classes = new ArrayList<>();
    private final List<Method> enclosing = new ArrayList<>();

    Walker(Unit unit) {
      this.unit = unit;
    }

    String className() {
      return classes.isEmpty() ? "" : classes.get(classes.size() - 1);
    }

    Method method() {
      return enclosing.isEmpty() ? null : enclosing.get(enclosing.size() - 1);
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      boolean isClass = tree instanceof ClassTree;
      boolean isMethod = tree instanceof MethodTree;
      if (isClass) {
        classes.add(((ClassTree) tree).getSimpleName().toString());
      }
      if (isMethod) {
        enclosing.add(new Method(unit, className(), (MethodTree) tree));
      }
      try {
        return super.scan(tree, unused);
      } finally {
        if (isMethod) {
          enclosing.remove(enclosing.size() - 1);
        }
        if (isClass) {
          classes.remove(classes.size() - 1);
        }
      }
    }
  }
}
