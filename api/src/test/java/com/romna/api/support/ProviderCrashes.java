package com.romna.api.support;

import com.romna.activities.delivery.Delivery;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a test make the worker "die" right after a provider accepted a plan's message and before
 * the ledger could record it: the armed plan's next send reaches the provider, then the attempt
 * ends as a lost worker's would, leaving its delivery row in doubt.
 */
public final class ProviderCrashes {

  private final Set<UUID> armed = ConcurrentHashMap.newKeySet();

  public void crashAfterSending(UUID planId) {
    armed.add(planId);
  }

  /** The sender, behaving as itself until a plan is armed. */
  @SuppressWarnings("unchecked")
  <T> T wrap(Class<T> type, T sender) {
    InvocationHandler handler = (proxy, method, args) -> {
      Object result;
      try {
        result = method.invoke(sender, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (method.getName().equals("send") && args[0] instanceof Delivery delivery
          && armed.remove(delivery.planId())) {
        throw new IllegalStateException("worker lost after the provider accepted (simulated)");
      }
      return result;
    };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
