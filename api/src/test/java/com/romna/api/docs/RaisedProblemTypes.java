package com.romna.api.docs;

import com.romna.api.docs.ParsedSources.Call;
import com.romna.api.docs.ParsedSources.Method;
import com.romna.api.docs.ParsedSources.Unit;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

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

  private final ParsedSources sources;
  private final Map<String, List<Site>> slugs = new TreeMap<>();
  private final List<String> unresolved = new ArrayList<>();
  private final Set<String> followed = new HashSet<>();

  private RaisedProblemTypes(ParsedSources sources) {
    this.sources = sources;
  }

  static Scan scan(Path sourceRoot) throws IOException {
    RaisedProblemTypes scan = new RaisedProblemTypes(ParsedSources.parse(sourceRoot));
    scan.sources.units.forEach(scan::sinks);
    return new Scan(scan.slugs, scan.unresolved);
  }

  private void sinks(Unit unit) {
    new ParsedSources.Walker(unit) {
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
    return sources.methods.stream()
        .filter(m -> m.className().equals("ApiException") && m.tree().getName().contentEquals("<init>"))
        .filter(m -> m.tree().getParameters().size() == arity)
        .map(m -> ParsedSources.indexOf(m.tree(), "type"))
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
        && enclosing != null && ParsedSources.indexOf(enclosing.tree(), id.getName().toString()) >= 0) {
      followCallers(enclosing, ParsedSources.indexOf(enclosing.tree(), id.getName().toString()));
    } else if (expression instanceof IdentifierTree id
        && sources.stringConstants.containsKey(className + "." + id.getName())) {
      slug(sources.stringConstants.get(className + "." + id.getName()), unit, id);
    } else if (expression instanceof MethodInvocationTree call && returnsSlugs(call, unit, className)) {
      return; // each slug the method can return was counted
    } else {
      unresolved.add(site(unit, expression) + ": cannot tell which problem type `" + expression + "` is");
    }
  }

  /**
   * {@code Problems.slug(status)}: one of our methods, called through its class name or from its own
   * file, whose every return is a slug literal (a switch over statuses, say): each literal counts.
   */
  private boolean returnsSlugs(MethodInvocationTree call, Unit unit, String className) {
    String name;
    String owner;
    if (call.getMethodSelect() instanceof IdentifierTree id) {
      name = id.getName().toString();
      owner = className;
    } else if (call.getMethodSelect() instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree q) {
      name = select.getIdentifier().toString();
      owner = q.getName().toString();
    } else {
      return false;
    }
    Method target = sources.methods.stream()
        .filter(m -> m.className().equals(owner) && m.tree().getName().contentEquals(name))
        .filter(m -> m.tree().getParameters().size() == call.getArguments().size() && m.tree().getBody() != null)
        .findFirst()
        .orElse(null);
    if (target == null) {
      return false;
    }
    new com.sun.source.util.TreeScanner<Void, Void>() {
      @Override
      public Void visitReturn(com.sun.source.tree.ReturnTree tree, Void unused) {
        returned(tree.getExpression(), target.unit());
        return null;
      }

      @Override
      public Void visitLambdaExpression(com.sun.source.tree.LambdaExpressionTree tree, Void unused) {
        return null;
      }
    }.scan(target.tree().getBody(), null);
    return true;
  }

  private void returned(ExpressionTree expression, Unit unit) {
    if (expression instanceof LiteralTree l && l.getValue() instanceof String s) {
      slug(s, unit, l);
    } else if (expression instanceof ParenthesizedTree p) {
      returned(p.getExpression(), unit);
    } else if (expression instanceof ConditionalExpressionTree c) {
      returned(c.getTrueExpression(), unit);
      returned(c.getFalseExpression(), unit);
    } else if (expression instanceof com.sun.source.tree.SwitchExpressionTree sw) {
      for (com.sun.source.tree.CaseTree branch : sw.getCases()) {
        if (branch.getBody() instanceof ExpressionTree value) {
          returned(value, unit);
        } else {
          unresolved.add(site(unit, branch) + ": cannot tell which problem type this branch returns");
        }
      }
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
    boolean unique = !method.tree().getModifiers().getFlags().contains(Modifier.STATIC)
        && sources.methods.stream()
            .filter(m -> m.tree().getName().contentEquals(name) && m.tree().getParameters().size() == arity)
            .count() == 1;
    for (Call call : sources.calls) {
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
    return new Site(unit.file(), sources.line(unit, at));
  }

  private static String simpleName(Tree identifier) {
    String text = identifier.toString();
    return text.substring(text.lastIndexOf('.') + 1);
  }
}
