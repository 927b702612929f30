package dev.procoresync.state.redis;

/** The Lua scripts the store runs: each check-and-write is one script, atomic on the server. */
final class Scripts {
  private Scripts() {}

  /**
   * KEYS[1]; ARGV: 1 = "1" when a value is expected (else the key must be absent), 2 = expected, 3
   * = replacement, 4 = PX (0 for none). Returns 1 when stored.
   */
  static final String COMPARE_AND_SET =
      "local v = redis.call('GET', KEYS[1])\n"
          + "if (ARGV[1] == '1' and v == ARGV[2]) or (ARGV[1] == '0' and not v) then\n"
          + "  if tonumber(ARGV[4]) > 0 then redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])\n"
          + "  else redis.call('SET', KEYS[1], ARGV[3]) end\n"
          + "  return 1\n"
          + "end\n"
          + "return 0\n";

  /**
   * A lease is stored as {@code expiresMs|holder}. KEYS[1]; ARGV: 1 = holder, 2 = expiresMs, 3 =
   * nowMs, 4 = PX. Returns 1 when acquired.
   */
  static final String ACQUIRE_LEASE =
      "local v = redis.call('GET', KEYS[1])\n"
          + "if v then\n"
          + "  local sep = string.find(v, '|', 1, true)\n"
          + "  if sep then\n"
          + "    local exp = tonumber(string.sub(v, 1, sep - 1))\n"
          + "    local holder = string.sub(v, sep + 1)\n"
          + "    if exp and exp > tonumber(ARGV[3]) and holder ~= ARGV[1] then return 0 end\n"
          + "  end\n"
          + "end\n"
          + "redis.call('SET', KEYS[1], ARGV[2] .. '|' .. ARGV[1], 'PX', ARGV[4])\n"
          + "return 1\n";

  /** KEYS[1]; ARGV[1] = holder. Returns 1 when the holder's lease was deleted. */
  static final String RELEASE_LEASE =
      "local v = redis.call('GET', KEYS[1])\n"
          + "if v then\n"
          + "  local sep = string.find(v, '|', 1, true)\n"
          + "  if sep and string.sub(v, sep + 1) == ARGV[1] then\n"
          + "    redis.call('DEL', KEYS[1])\n"
          + "    return 1\n"
          + "  end\n"
          + "end\n"
          + "return 0\n";

  /**
   * A seen key holds its expiry in ms. KEYS[1]; ARGV: 1 = expiresMs, 2 = nowMs, 3 = PX. Returns 1
   * when the key was new (or its mark had expired).
   */
  static final String MARK_SEEN =
      "local v = redis.call('GET', KEYS[1])\n"
          + "if v and tonumber(v) and tonumber(v) > tonumber(ARGV[2]) then return 0 end\n"
          + "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])\n"
          + "return 1\n";

  /**
   * Cursors are fixed-width strings that sort like the instants. KEYS[1] = hash; ARGV: 1 = field, 2
   * = value. Moves the cursor forward only.
   */
  static final String PUT_CURSOR =
      "local v = redis.call('HGET', KEYS[1], ARGV[1])\n"
          + "if (not v) or v < ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end\n"
          + "return 1\n";
}
