package com.romna.api.docs;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Which problem slugs the code can raise, read from its sources with the JDK's own parser: the
 * slug argument of every {@code new ApiException(...)}, every {@code "urn:romna:problem:" + slug}
 * and every literal {@code urn:romna:problem:...}. A slug that reaches them through a parameter
 * ({@code ApiException.badRequest(type, ...)}, a private {@code conflict(plan, type, ...)}) is
 * followed back to the callers' arguments. What cannot be traced to a literal is reported, so a
 * new way of raising problems fails loudly instead of escaping the catalog.
 */
final class RaisedProblemTypes {

  record Site(String file, long line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /** @param slugs every slug with the places that raise it; @param unresolved places that cannot be traced */
  record Scan(Map<String, List<Site>> slugs, List<String> unresolved) {}

  private record Method(Unit unit, String className, MethodTree tree) {}

  private record Call(Unit unit, String className, Method enclosing, MethodInvocationTree tree) {}

  private record Unit(CompilationUnitTree tree, String file) {}

  private final Trees trees;
  private final List<Method> methods = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, String> stringConstants = new TreeMap<>();
  private final Map<String, List<Site>> slugs = new TreeMap<>();
  private final List<String> unresolved = new ArrayList<>();
  private final Set<String> followed = new HashSet<>();

  private RaisedProblemTypes(Trees trees) {
    this.trees = trees;
  }

  static Scan scan(Path sourceRoot) throws IOException {
    Path root = sourceRoot.toAbsolutePath();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(root)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
      JavacTask task = (JavacTask) javac.getTask(
          null, files, null, List.of("-proc:none"), null, files.getJavaFileObjectsFromPaths(sources));
      RaisedProblemTypes scan = new RaisedProblemTypes(Trees.instance(task));
      List<Unit> units = new ArrayList<>();
      for (CompilationUnitTree unit : task.parse()) {
        units.add(new Unit(unit, root.relativize(Path.of(unit.getSourceFile().toUri())).toString()));
      }
      units.forEach(u -> scan.index(u));
      units.forEach(u -> scan.sinks(u));
      return new Scan(scan.slugs, scan.unresolved);
    }
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

  private void sinks(Unit unit) {
    new Walker(unit) {
      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        if (simpleName(tree.getIdentifier()).equals("ApiException")) {
          int index = apiExceptionTypeIndex(tree.getArguments().size());
          if (index >= 0) {
            resolve(tree.getArguments().get(index), unit, className(), method());
          }
        }
        return super.visitNewClass(tree, unused);
      }

      @Override
      public Void visitBinary(BinaryTree tree, Void unused) {
        if (tree.getKind() == Tree.Kind.PLUS
            && tree.getLeftOperand() instanceof LiteralTree l && ProblemType.PREFIX.equals(l.getValue())) {
          resolve(tree.getRightOperand(), unit, className(), method());
        }
        return super.visitBinary(tree, unused);
      }

      @Override
      public Void visitLiteral(LiteralTree tree, Void unused) {
        if (tree.getValue() instanceof String s && s.startsWith(ProblemType.PREFIX) && s.length() > ProblemType.PREFIX.length()) {
          slug(s.substring(ProblemType.PREFIX.length()), unit, tree);
        }
        return null;
      }
    }.scan(unit.tree(), null);
  }

  /** Which argument of ApiException's constructor of this arity is the problem type. */
  private int apiExceptionTypeIndex(int arity) {
    return methods.stream()
        .filter(m -> m.className().equals("ApiException") && m.tree().getName().contentEquals("<init>"))
        .filter(m -> m.tree().getParameters().size() == arity)
        .map(m -> indexOf(m.tree(), "type"))
        .findFirst()
        .orElse(-1);
  }

  private void resolve(ExpressionTree expression, Unit unit, String className, Method enclosing) {
    if (expression instanceof LiteralTree l && l.getValue() instanceof String s) {
      slug(s, unit, l);
    } else if (expression instanceof ParenthesizedTree p) {
      resolve(p.getExpression(), unit, className, enclosing);
    } else if (expression instanceof ConditionalExpressionTree c) {
      resolve(c.getTrueExpression(), unit, className, enclosing);
      resolve(c.getFalseExpression(), unit, className, enclosing);
    } else if (rethrown(expression)) {
      return; // its type was traced where that ApiException was created
    } else if (expression instanceof IdentifierTree id
        && enclosing != null && indexOf(enclosing.tree(), id.getName().toString()) >= 0) {
      followCallers(enclosing, indexOf(enclosing.tree(), id.getName().toString()));
    } else if (expression instanceof IdentifierTree id
        && stringConstants.containsKey(className + "." + id.getName())) {
      slug(stringConstants.get(className + "." + id.getName()), unit, id);
    } else {
      unresolved.add(site(unit, expression) + ": cannot tell which problem type `" + expression + "` is");
    }
  }

  /** {@code e.type()}: the type of an ApiException caught and answered again. */
  private static boolean rethrown(ExpressionTree expression) {
    return expression instanceof MethodInvocationTree m
        && m.getArguments().isEmpty()
        && m.getMethodSelect() instanceof MemberSelectTree s
        && s.getIdentifier().contentEquals("type");
  }

  /** The slug is a parameter: every call of that method supplies it. */
  private void followCallers(Method method, int index) {
    String name = method.tree().getName().toString();
    int arity = method.tree().getParameters().size();
    if (!followed.add(method.unit().file() + "#" + method.className() + "." + name + "/" + arity + "@" + index)) {
      return;
    }
    // Without types, a call through a variable (`problems.raise(...)`) is taken to mean the method
    // only when no other method of ours has its name and arity; a static one is always called
    // through its class name or from its own file.
    boolean unique = !method.tree().getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC)
        && methods.stream()
            .filter(m -> m.tree().getName().contentEquals(name) && m.tree().getParameters().size() == arity)
            .count() == 1;
    for (Call call : calls) {
      MethodInvocationTree tree = call.tree();
      if (tree.getArguments().size() != arity || !calls(tree, name, method, call, unique)) {
        continue;
      }
      resolve(tree.getArguments().get(index), call.unit(), call.className(), call.enclosing());
    }
  }

  private static boolean calls(MethodInvocationTree tree, String name, Method method, Call call, boolean unique) {
    if (tree.getMethodSelect() instanceof IdentifierTree id) {
      return id.getName().contentEquals(name) && call.unit().equals(method.unit());
    }
    if (tree.getMethodSelect() instanceof MemberSelectTree s && s.getIdentifier().contentEquals(name)) {
      return (s.getExpression() instanceof IdentifierTree q && q.getName().contentEquals(method.className()))
          || unique;
    }
    return false;
  }

  private void slug(String slug, Unit unit, Tree at) {
    slugs.computeIfAbsent(slug, s -> new ArrayList<>()).add(site(unit, at));
  }

  private Site site(Unit unit, Tree at) {
    long position = trees.getSourcePositions().getStartPosition(unit.tree(), at);
    return new Site(unit.file(), unit.tree().getLineMap().getLineNumber(position));
  }

  private static int indexOf(MethodTree method, String parameter) {
    List<? extends VariableTree> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).getName().contentEquals(parameter)) {
        return i;
      }
    }
    return -1;
  }

  private static String simpleName(Tree identifier) {
    String text = identifier.toString();
    return text.substring(text.lastIndexOf('.') + 1);
  }

  /** Knows the class and method it is in. */
  private abstract static class Walker extends TreePathScanner<Void, Void> {
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
