package com.romna.bench.temporal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

final class FireImpl implements Fire {

  final Map<String, Long> firedAt = new ConcurrentHashMap<>();

  @Override
  public void fire(String workflowId) {
    firedAt.putIfAbsent(workflowId, System.currentTimeMillis());
  }
}
