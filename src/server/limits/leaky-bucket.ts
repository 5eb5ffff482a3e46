// Leaky buckets of query cost, one per client (Shopify's model): a bucket holds up to `capacity` points, refills at
// `restorePerSecond`, and a request takes its estimated cost before it runs and gets back what it did not use.
// Written here rather than taken from a library: the rate-limiting packages on npm count requests in fixed windows,
// and clients need the continuous `currentlyAvailable`/`restoreRate` figures a leaky bucket gives.
import { Redis } from "ioredis";

export interface BucketPolicy {
  /** Points a full bucket holds: the largest burst a client may send. */
  capacity: number;
  /** Points given back per second. */
  restorePerSecond: number;
}

export interface BucketStatus {
  allowed: boolean;
  /** Points left after this request (or now, when it was refused). */
  available: number;
  /** When refused: seconds until the bucket holds the requested cost. */
  retryAfterSeconds: number;
}

export interface BucketStore {
  /** Takes `cost` points from the client's bucket when it holds that many; takes nothing otherwise. */
  take(key: string, cost: number, policy: BucketPolicy): Promise<BucketStatus>;
  /** Gives points back (a request's estimate minus its actual cost); returns the points now available. */
  refund(key: string, points: number, policy: BucketPolicy): Promise<number>;
  close(): Promise<void>;
}

function statusAfter(available: number, cost: number, policy: BucketPolicy): BucketStatus {
  if (cost <= available) return { allowed: true, available: available - cost, retryAfterSeconds: 0 };
  return { allowed: false, available, retryAfterSeconds: Math.ceil((cost - available) / policy.restorePerSecond) };
}

/** One process's buckets; enough for a single replica. Full buckets are forgotten so memory stays bounded. */
export class MemoryBucketStore implements BucketStore {
  private readonly buckets = new Map<string, { available: number; at: number }>();
  constructor(private readonly now: () => number = () => performance.now()) {}

  private level(key: string, policy: BucketPolicy): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return policy.capacity;
    const elapsed = (this.now() - bucket.at) / 1000;
    return Math.min(policy.capacity, bucket.available + elapsed * policy.restorePerSecond);
  }

  private store(key: string, available: number, policy: BucketPolicy): void {
    if (available >= policy.capacity) this.buckets.delete(key);
    else this.buckets.set(key, { available, at: this.now() });
    if (this.buckets.size > 50_000) this.forgetFullBuckets(policy);
  }

  private forgetFullBuckets(policy: BucketPolicy): void {
    for (const key of this.buckets.keys()) if (this.level(key, policy) >= policy.capacity) this.buckets.delete(key);
  }

  async take(key: string, cost: number, policy: BucketPolicy): Promise<BucketStatus> {
    const status = statusAfter(this.level(key, policy), cost, policy);
    if (status.allowed) this.store(key, status.available, policy);
    return status;
  }

  async refund(key: string, points: number, policy: BucketPolicy): Promise<number> {
    const available = Math.min(policy.capacity, this.level(key, policy) + points);
    this.store(key, available, policy);
    return available;
  }

  async close(): Promise<void> {}
}

// One atomic step on a bucket kept in a Redis hash, timed by the Redis clock so that replicas agree.
// ARGV: capacity, restore per second, points to take (negative: give back), whether to take only if available.
const BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'a', 't')
local available = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
available = math.min(capacity, available + math.max(0, now - at) / 1000 * rate)
local allowed = 0
if cost <= available then
  available = math.min(capacity, available - cost)
  allowed = 1
  redis.call('HSET', KEYS[1], 'a', tostring(available), 't', tostring(now))
  redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - available) / rate * 1000) + 1000)
end
return {allowed, tostring(available)}
`;

type BucketRedis = Redis & {
  ententeBucket(key: string, capacity: number, rate: number, cost: number): Promise<[number, string]>;
};

/** Buckets shared by every replica through Redis (`REDIS_URL`): one budget per client across the fleet. */
export class RedisBucketStore implements BucketStore {
  private readonly redis: BucketRedis;
  constructor(
    url: string,
    private readonly prefix = "entente:cost:",
  ) {
    const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    redis.defineCommand("ententeBucket", { numberOfKeys: 1, lua: BUCKET_SCRIPT });
    this.redis = redis as BucketRedis;
  }

  async take(key: string, cost: number, policy: BucketPolicy): Promise<BucketStatus> {
    const [allowed, available] = await this.redis.ententeBucket(
      this.prefix + key,
      policy.capacity,
      policy.restorePerSecond,
      cost,
    );
    return allowed === 1
      ? { allowed: true, available: Number(available), retryAfterSeconds: 0 }
      : statusAfter(Number(available), cost, policy);
  }

  async refund(key: string, points: number, policy: BucketPolicy): Promise<number> {
    const [, available] = await this.redis.ententeBucket(this.prefix + key, policy.capacity, policy.restorePerSecond, -points);
    return Number(available);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
