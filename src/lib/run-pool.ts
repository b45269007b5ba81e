/**
 * Runs `work` over `items` with at most `limit` in flight, keeping results in input order.
 * A failing item does not stop the others: `work` is expected to turn its errors into results.
 */
export async function runPool<Item, Result>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<Result>,
  onResult?: (result: Result, index: number) => void,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as Item;
      const result = await work(item);
      results[index] = result;
      onResult?.(result, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, lane));
  return results;
}
