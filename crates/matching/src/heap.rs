//! Indexed 4-ary min-heap over node ids with keys held by the caller.
//! Ties are broken by the smaller id, so pops are fully deterministic.

const NONE: u32 = u32::MAX;

pub(crate) struct Heap {
    items: Vec<u32>,
    keys: Vec<i64>,
    /// Position of each id in `items`, `NONE` when absent.
    pos: Vec<u32>,
}

impl Heap {
    pub(crate) fn new(n: usize) -> Self {
        Heap { items: Vec::new(), keys: Vec::new(), pos: vec![NONE; n] }
    }

    pub(crate) fn clear(&mut self) {
        for &id in &self.items {
            self.pos[id as usize] = NONE;
        }
        self.items.clear();
        self.keys.clear();
    }

    #[inline]
    fn less(&self, a: usize, b: usize) -> bool {
        (self.keys[a], self.items[a]) < (self.keys[b], self.items[b])
    }

    fn swap(&mut self, a: usize, b: usize) {
        self.items.swap(a, b);
        self.keys.swap(a, b);
        self.pos[self.items[a] as usize] = a as u32;
        self.pos[self.items[b] as usize] = b as u32;
    }

    fn up(&mut self, mut i: usize) {
        while i > 0 {
            let p = (i - 1) / 4;
            if self.less(i, p) {
                self.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    fn down(&mut self, mut i: usize) {
        let n = self.items.len();
        loop {
            let first = 4 * i + 1;
            if first >= n {
                break;
            }
            let mut best = first;
            for c in first + 1..(first + 4).min(n) {
                if self.less(c, best) {
                    best = c;
                }
            }
            if self.less(best, i) {
                self.swap(best, i);
                i = best;
            } else {
                break;
            }
        }
    }

    /// Inserts `id` with `key`, or lowers its key if already present.
    #[inline]
    pub(crate) fn push_or_decrease(&mut self, id: u32, key: i64) {
        let p = self.pos[id as usize];
        if p == NONE {
            let i = self.items.len();
            self.items.push(id);
            self.keys.push(key);
            self.pos[id as usize] = i as u32;
            self.up(i);
        } else {
            let i = p as usize;
            if key < self.keys[i] {
                self.keys[i] = key;
                self.up(i);
            }
        }
    }

    /// Removes and returns the id with the smallest (key, id).
    pub(crate) fn pop(&mut self) -> Option<(u32, i64)> {
        let n = self.items.len();
        if n == 0 {
            return None;
        }
        self.swap(0, n - 1);
        let id = self.items.pop()?;
        let key = self.keys.pop()?;
        self.pos[id as usize] = NONE;
        if n > 1 {
            self.down(0);
        }
        Some((id, key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_in_key_then_id_order() {
        let mut h = Heap::new(10);
        for (id, key) in [(3, 5), (1, 5), (7, 2), (4, 9), (2, 1)] {
            h.push_or_decrease(id, key);
        }
        h.push_or_decrease(4, 0);
        h.push_or_decrease(7, 8); // not a decrease: ignored
        let order: Vec<u32> = std::iter::from_fn(|| h.pop().map(|(id, _)| id)).collect();
        assert_eq!(order, vec![4, 2, 7, 1, 3]);
    }
}
