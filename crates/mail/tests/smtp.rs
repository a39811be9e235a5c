//! The outbox against a real SMTP conversation: a small SMTP server on a local port records
//! what it receives, and can refuse the first messages to show the retries.
#![allow(clippy::unwrap_used, clippy::type_complexity)]

use saman_mail::{Mailer, Smtp, SmtpConfig, Tls, deliver_due};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Default)]
struct Received {
    /// (recipient, whole message)
    mails: Vec<(String, String)>,
    /// Refuse this many DATA commands with 451 before accepting.
    refuse: usize,
}

/// Speaks just enough SMTP for a client: greeting, EHLO, MAIL, RCPT, DATA, QUIT.
async fn smtp_server(state: Arc<Mutex<Received>>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else { return };
            let state = state.clone();
            tokio::spawn(async move {
                let (r, mut w) = sock.into_split();
                let mut lines = BufReader::new(r).lines();
                w.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut rcpt = String::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_uppercase();
                    if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        w.write_all(b"250-test\r\n250 8BITMIME\r\n").await.unwrap();
                    } else if upper.starts_with("MAIL FROM") {
                        w.write_all(b"250 ok\r\n").await.unwrap();
                    } else if upper.starts_with("RCPT TO") {
                        rcpt = line[8..].trim().trim_matches(|c| c == '<' || c == '>' || c == ':').to_string();
                        w.write_all(b"250 ok\r\n").await.unwrap();
                    } else if upper == "DATA" {
                        w.write_all(b"354 go on\r\n").await.unwrap();
                        let mut data = String::new();
                        while let Ok(Some(l)) = lines.next_line().await {
                            if l == "." {
                                break;
                            }
                            data.push_str(&l);
                            data.push('\n');
                        }
                        let refuse = {
                            let mut s = state.lock().unwrap();
                            if s.refuse > 0 {
                                s.refuse -= 1;
                                true
                            } else {
                                s.mails.push((rcpt.clone(), data));
                                false
                            }
                        };
                        w.write_all(if refuse { b"451 try again later\r\n" } else { b"250 queued\r\n" }).await.unwrap();
                    } else if upper == "QUIT" {
                        w.write_all(b"221 bye\r\n").await.unwrap();
                        return;
                    } else if upper == "RSET" || upper == "NOOP" {
                        w.write_all(b"250 ok\r\n").await.unwrap();
                    } else {
                        w.write_all(b"502 no\r\n").await.unwrap();
                    }
                }
            });
        }
    });
    port
}

fn smtp(port: u16) -> Smtp {
    Smtp::new(&SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls: Tls::None,
        username: None,
        password: None,
        from: "Saman <saman@fjordvik.kommune.no>".into(),
    })
    .unwrap()
}

#[tokio::test]
async fn queued_mail_is_sent_once_and_a_refused_one_is_retried_later() {
    let db = saman_store::testing::fresh_db().await;
    let state = Arc::new(Mutex::new(Received { refuse: 1, ..Received::default() }));
    let mailer = smtp(smtp_server(state.clone()).await);

    assert!(
        db.enqueue_mail(None, "kari@fjordvik.kommune.no", "Du har fått plass", "Velkommen til kurset «Førstehjelp».", "enrolled:1:1")
            .await
            .unwrap()
    );
    assert!(
        !db.enqueue_mail(None, "kari@fjordvik.kommune.no", "Du har fått plass", "igjen", "enrolled:1:1").await.unwrap(),
        "the same event is not queued twice"
    );
    db.enqueue_mail(None, "ola@fjordvik.kommune.no", "Påminnelse", "Samlingen er i morgen kl. 09.00.", "remind:1:2").await.unwrap();

    let now = 1_800_000_000;
    let pass = deliver_due(&db, &mailer, || now).await.unwrap();
    assert_eq!((pass.sent, pass.retrying, pass.given_up), (1, 1, 0), "the first was refused, the second accepted");
    {
        let s = state.lock().unwrap();
        assert_eq!(s.mails.len(), 1);
        assert_eq!(s.mails[0].0, "ola@fjordvik.kommune.no");
        assert!(s.mails[0].1.contains("Subject: =?utf-8?") || s.mails[0].1.contains("Subject: P"), "{}", s.mails[0].1);
    }
    // Nothing is due again at once; after the backoff the refused one goes, and nothing twice.
    assert_eq!(deliver_due(&db, &mailer, || now + 1).await.unwrap().sent, 0);
    let pass = deliver_due(&db, &mailer, || now + 31).await.unwrap();
    assert_eq!(pass.sent, 1);
    assert_eq!(deliver_due(&db, &mailer, || now + 10_000).await.unwrap().sent, 0);
    {
        let s = state.lock().unwrap();
        assert_eq!(s.mails.len(), 2);
        assert_eq!(s.mails[1].0, "kari@fjordvik.kommune.no");
        assert!(s.mails[1].1.contains("Førstehjelp") || s.mails[1].1.contains("=C3=B8"), "the body arrives: {}", s.mails[1].1);
    }
    assert_eq!(db.outbox_counts().await.unwrap(), (0, 2, 0));
}

#[tokio::test]
async fn a_mail_that_keeps_failing_is_given_up_on_and_reported_never_lost_silently() {
    let db = saman_store::testing::fresh_db().await;
    let state = Arc::new(Mutex::new(Received { refuse: usize::MAX, ..Received::default() }));
    let mailer = smtp(smtp_server(state.clone()).await);
    db.enqueue_mail(None, "per@fjordvik.kommune.no", "Oppfølging", "Brukes det du lærte?", "follow-up:9:participant").await.unwrap();
    let mut now = 1_800_000_000;
    for _ in 0..saman_domain::mail::MAX_ATTEMPTS {
        deliver_due(&db, &mailer, || now).await.unwrap();
        now += 7 * 3600;
    }
    assert_eq!(db.outbox_counts().await.unwrap(), (0, 0, 1));
    let failed = db.failed_mail(10).await.unwrap();
    assert_eq!(failed[0].recipient, "per@fjordvik.kommune.no");
    assert_eq!(failed[0].attempts, saman_domain::mail::MAX_ATTEMPTS);
    assert!(failed[0].last_error.as_deref().is_some_and(|e| e.contains("451") || e.contains("try again")), "{:?}", failed[0].last_error);
    // A mail server that is not there at all is a failure like any other.
    let nowhere = smtp(1);
    db.enqueue_mail(None, "x@y.no", "s", "b", "k").await.unwrap();
    assert_eq!(deliver_due(&db, &nowhere, || now).await.unwrap().retrying, 1);
    let _ = nowhere.send("x@y.no", "s", "b").await.unwrap_err();
}

#[tokio::test]
async fn two_senders_never_send_the_same_mail() {
    let db = saman_store::testing::fresh_db().await;
    let state = Arc::new(Mutex::new(Received::default()));
    let port = smtp_server(state.clone()).await;
    for i in 0..30 {
        db.enqueue_mail(None, &format!("p{i}@fjordvik.kommune.no"), "s", "b", &format!("k{i}")).await.unwrap();
    }
    let (a, b) = (smtp(port), smtp(port));
    let now = 1_800_000_000;
    let (x, y) = tokio::join!(deliver_due(&db, &a, || now), deliver_due(&db, &b, || now));
    assert_eq!(x.unwrap().sent + y.unwrap().sent, 30);
    let s = state.lock().unwrap();
    let mut to: Vec<&str> = s.mails.iter().map(|(r, _)| r.as_str()).collect();
    to.sort();
    to.dedup();
    assert_eq!(to.len(), 30, "each mail once");
    assert_eq!(s.mails.len(), 30);
}
