const { ExpiringKeys, RecentValues } = require('../../nodes/shared/trigger/memory.ts');

describe('RecentValues (recent events of a trigger)', () => {
	test('returns a value while fresh, never after its time', () => {
		const values = new RecentValues(10, 1000);
		values.set('s1', 'answer', 0);
		expect(values.get('s1', 999)).toBe('answer');
		expect(values.get('s1', 1000)).toBeUndefined();
	});

	test('never holds more than its limit: the least recently set key goes first', () => {
		const values = new RecentValues(3, 60_000);
		for (const [i, key] of ['a', 'b', 'c', 'a', 'd', 'e'].entries()) {
			values.set(key, `v${i}`, i);
			expect(values.size).toBeLessThanOrEqual(3);
		}
		expect(values.get('b', 10)).toBeUndefined();
		expect(values.get('c', 10)).toBeUndefined();
		expect(['a', 'd', 'e'].map((key) => values.get(key, 10))).toEqual(['v3', 'v4', 'v5']);
	});

	test('expired entries are swept by a later set, so a quiet trigger does not keep a flood', () => {
		const values = new RecentValues(100_000, 1000);
		for (let i = 0; i < 5000; i++) values.set(`s${i}`, 'x', i % 500);
		expect(values.size).toBe(5000);
		values.set('late', 'x', 20_000);
		expect(values.size).toBe(1);
		expect(values.get('late', 20_001)).toBe('x');
	});

	test('a lowered limit applies on the next set', () => {
		const values = new RecentValues(100, 60_000);
		for (let i = 0; i < 50; i++) values.set(`s${i}`, 'x', 0);
		values.limit = 10;
		values.set('new', 'x', 1);
		expect(values.size).toBe(10);
		expect(values.get('new', 2)).toBe('x');
	});
});

describe('ExpiringKeys (signature nonces)', () => {
	test('a key is new once until it expires, then new again', () => {
		const keys = new ExpiringKeys();
		expect(keys.firstTime('n1', 1000, 0)).toBe(true);
		expect(keys.firstTime('n1', 1000, 999)).toBe(false);
		expect(keys.firstTime('n1', 3000, 1000)).toBe(true);
		expect(keys.firstTime('n1', 3000, 2999)).toBe(false);
	});

	test('expired keys are swept, unexpired ones are never forgotten', () => {
		const keys = new ExpiringKeys();
		for (let i = 0; i < 1000; i++) keys.firstTime(`old${i}`, 5000, 0);
		keys.firstTime('keep', 100_000, 0);
		keys.firstTime('trigger-sweep', 100_000, 20_000);
		expect(keys.size).toBe(2);
		expect(keys.firstTime('keep', 100_000, 20_001)).toBe(false);
	});
});
