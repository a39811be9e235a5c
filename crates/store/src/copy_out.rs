//! Reading many rows from PostgreSQL by `COPY … TO STDOUT` in the binary format, over a
//! connection of its own: sqlx's `Any` rows cost an allocation per value, and a row per
//! message parsed where it lies costs next to nothing.

use crate::error::{Result, StoreError};

/// At most this many columns per row.
const MAX_FIELDS: usize = 8;

/// A row's fields: the bytes of each, `None` for NULL.
pub(crate) type Fields<'a> = [Option<&'a [u8]>];

/// Runs `select` (which takes no parameters: values must be formatted into it, and only
/// numbers and dates ever are) and hands each row's `columns` fields to `row`.
pub(crate) async fn pg_copy(db: &crate::Db, select: &str, columns: usize, mut row: impl FnMut(&Fields) -> Result<()>) -> Result<()> {
    use futures_util::TryStreamExt;
    use sqlx::Connection;
    let url = db.pg_url.as_deref().ok_or(StoreError::UnsupportedUrl)?;
    let _permit = db.bulk_permit().await?;
    let mut conn = sqlx::postgres::PgConnection::connect(url).await?;
    // Compiling a plain scan costs more than it saves (measured 90 ms of 750 ms).
    sqlx::query("SET jit = off").execute(&mut conn).await?;
    let mut stream = conn.copy_out_raw(&format!("COPY ({select}) TO STDOUT WITH (FORMAT binary)")).await?;
    let mut reader = CopyReader::default();
    while let Some(chunk) = stream.try_next().await? {
        reader.feed(&chunk, &mut |f| if f.len() == columns { row(f) } else { Err(StoreError::Corrupt("COPY: column count".into())) })?;
    }
    if !reader.done {
        return Err(StoreError::Corrupt("COPY ended early".into()));
    }
    Ok(())
}

/// A big-endian integer of 2, 4 or 8 bytes.
pub(crate) fn int(f: Option<&[u8]>) -> Result<i64> {
    match f {
        Some(&[a, b]) => Ok(i64::from(i16::from_be_bytes([a, b]))),
        Some(&[a, b, c, d]) => Ok(i64::from(i32::from_be_bytes([a, b, c, d]))),
        Some(b) if b.len() == 8 => {
            let mut v = [0u8; 8];
            v.copy_from_slice(b);
            Ok(i64::from_be_bytes(v))
        }
        _ => Err(StoreError::Corrupt("COPY: not an integer".into())),
    }
}

/// Text, or `None` for NULL.
pub(crate) fn text(f: Option<&[u8]>) -> Result<Option<String>> {
    f.map(|b| String::from_utf8(b.to_vec()).map_err(|_| StoreError::Corrupt("COPY: not UTF-8".into()))).transpose()
}

/// The binary COPY format, read as it arrives: a header, then per row a field count and each
/// field as a length (-1 for NULL) and its bytes; a count of -1 ends it.
#[derive(Default)]
pub(crate) struct CopyReader {
    /// What is left of a row split between pieces.
    buf: Vec<u8>,
    header: bool,
    pub(crate) done: bool,
}

impl CopyReader {
    /// PostgreSQL sends a row per message, so a piece is read where it lies unless a row
    /// was split.
    pub(crate) fn feed(&mut self, chunk: &[u8], row: &mut impl FnMut(&Fields) -> Result<()>) -> Result<()> {
        if self.buf.is_empty() {
            let used = self.read(chunk, row)?;
            self.buf.extend_from_slice(&chunk[used..]);
        } else {
            let mut buf = std::mem::take(&mut self.buf);
            buf.extend_from_slice(chunk);
            let used = self.read(&buf, row)?;
            buf.drain(..used);
            self.buf = buf;
        }
        Ok(())
    }

    /// Reads the complete rows at the start of `b`; returns how many bytes they took.
    fn read(&mut self, b: &[u8], row: &mut impl FnMut(&Fields) -> Result<()>) -> Result<usize> {
        let bad = |what: &str| StoreError::Corrupt(format!("COPY: {what}"));
        let be32 = |s: usize| i32::from_be_bytes([b[s], b[s + 1], b[s + 2], b[s + 3]]);
        let mut at = 0;
        if !self.header {
            // Signature (11), flags (4), extension length (4) and the extension.
            if b.len() < 19 {
                return Ok(0);
            }
            if &b[..11] != b"PGCOPY\n\xff\r\n\0" {
                return Err(bad("signature"));
            }
            let ext = usize::try_from(be32(15)).map_err(|_| bad("header"))?;
            if b.len() < 19 + ext {
                return Ok(0);
            }
            at = 19 + ext;
            self.header = true;
        }
        let mut fields: [Option<&[u8]>; MAX_FIELDS] = [None; MAX_FIELDS];
        'rows: while !self.done && b.len() >= at + 2 {
            let count = i16::from_be_bytes([b[at], b[at + 1]]);
            if count == -1 {
                self.done = true;
                at += 2;
                break;
            }
            let count = usize::try_from(count).ok().filter(|n| *n <= MAX_FIELDS).ok_or_else(|| bad("field count"))?;
            let mut p = at + 2;
            for f in fields.iter_mut().take(count) {
                if b.len() < p + 4 {
                    break 'rows;
                }
                let len = be32(p);
                p += 4;
                *f = if len < 0 {
                    None
                } else {
                    let end = p + usize::try_from(len).map_err(|_| bad("length"))?;
                    if b.len() < end {
                        break 'rows;
                    }
                    let v = &b[p..end];
                    p = end;
                    Some(v)
                };
            }
            row(&fields[..count])?;
            at = p;
        }
        Ok(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[Option<&[u8]>]) -> Vec<u8> {
        let mut v = (fields.len() as i16).to_be_bytes().to_vec();
        for f in fields {
            match f {
                Some(b) => {
                    v.extend((b.len() as i32).to_be_bytes());
                    v.extend(*b);
                }
                None => v.extend((-1i32).to_be_bytes()),
            }
        }
        v
    }

    #[test]
    fn rows_read_whatever_the_pieces() {
        let mut all = b"PGCOPY\n\xff\r\n\0".to_vec();
        all.extend(0u32.to_be_bytes());
        all.extend(0u32.to_be_bytes());
        all.extend(row(&[Some(&7i64.to_be_bytes()), Some(b"2027-01-31"), Some(&5i32.to_be_bytes())]));
        all.extend(row(&[Some(&9i64.to_be_bytes()), None, Some(&(-2i16).to_be_bytes())]));
        all.extend((-1i16).to_be_bytes());
        for size in [1, 3, 7, 64, all.len()] {
            let mut reader = CopyReader::default();
            let mut out = vec![];
            for chunk in all.chunks(size) {
                reader
                    .feed(chunk, &mut |f| {
                        let _: () = out.push((int(f[0])?, text(f[1])?, int(f[2])?));
                        Ok(())
                    })
                    .unwrap();
            }
            assert!(reader.done);
            assert_eq!(out, vec![(7, Some("2027-01-31".to_string()), 5), (9, None, -2)], "pieces of {size}");
        }
    }

    #[test]
    fn a_bad_stream_is_refused() {
        let mut reader = CopyReader::default();
        assert!(reader.feed(b"NOTCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0", &mut |_| Ok(())).is_err());
        assert!(int(Some(b"abc")).is_err());
        assert!(int(None).is_err());
    }
}
