//! Networks growing and shrinking: invitations, answers, leaving. Each change and its
//! audit entry are written in one transaction, and the state is read again inside it, so
//! two answers at once cannot both succeed.

use crate::audit::{Actor, write_audit};
use crate::db::Db;
use crate::error::{Result, StoreError};
use saman_domain::network::{InvitationState, refuse_accept, refuse_invite};
use saman_domain::{Grant, NetworkId, OrgId, UserId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// An invitation into a network, with the names people read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invitation {
    pub id: i64,
    pub network: NetworkId,
    pub network_name: String,
    pub org: OrgId,
    pub org_name: String,
    pub state: InvitationState,
    pub invited_by: String,
    pub created_at: i64,
    pub answered_by: Option<String>,
    pub answered_at: Option<i64>,
}

pub struct NetworkStore<'a>(&'a Db);

impl Db {
    pub fn networks(&self) -> NetworkStore<'_> {
        NetworkStore(self)
    }
}

const SELECT: &str = "SELECT i.id, i.network_id, n.name AS network_name, i.organisation_id, o.name AS org_name, i.state, \
                      i.invited_by, i.created_at, i.answered_by, i.answered_at \
                      FROM network_invitations i JOIN networks n ON n.id = i.network_id \
                      JOIN organisations o ON o.id = i.organisation_id";

fn invitation_from(r: &AnyRow) -> Result<Invitation> {
    let state: String = r.try_get("state")?;
    Ok(Invitation {
        id: r.try_get("id")?,
        network: NetworkId(r.try_get("network_id")?),
        network_name: r.try_get("network_name")?,
        org: OrgId(r.try_get("organisation_id")?),
        org_name: r.try_get("org_name")?,
        state: InvitationState::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("invitation state {state}")))?,
        invited_by: r.try_get("invited_by")?,
        created_at: r.try_get("created_at")?,
        answered_by: r.try_get("answered_by")?,
        answered_at: r.try_get("answered_at")?,
    })
}

async fn network_of(conn: &mut sqlx::AnyConnection, org: OrgId) -> Result<Option<NetworkId>> {
    let row: Option<(Option<i64>,)> =
        sqlx::query_as("SELECT network_id FROM organisations WHERE id = $1").bind(org.0).fetch_optional(&mut *conn).await?;
    Ok(row.ok_or(StoreError::NotFound)?.0.map(NetworkId))
}

impl NetworkStore<'_> {
    /// A new network and, if named, its coordinator's role, in one transaction.
    pub async fn create(&self, actor: &Actor, name: &str, coordinator: Option<UserId>) -> Result<NetworkId> {
        let mut tx = self.0.write_tx().await?;
        let id: i64 = sqlx::query_scalar("INSERT INTO networks (name, created_at) VALUES ($1, $2) RETURNING id")
            .bind(name)
            .bind(crate::now_unix())
            .fetch_one(&mut *tx)
            .await?;
        write_audit(&mut tx, actor, None, "create", "network", Some(id), name).await?;
        if let Some(user) = coordinator {
            crate::users::insert_grant(&mut tx, actor, user, Grant::Coordinator { network: NetworkId(id) }).await?;
        }
        tx.commit().await?;
        Ok(NetworkId(id))
    }

    pub async fn invitation(&self, id: i64) -> Result<Invitation> {
        let sql = format!("{SELECT} WHERE i.id = $1");
        let r = sqlx::query(&sql).bind(id).fetch_optional(&self.0.pool).await?.ok_or(StoreError::NotFound)?;
        invitation_from(&r)
    }

    /// Invitations to one organisation, newest first.
    pub async fn invitations_to(&self, org: OrgId) -> Result<Vec<Invitation>> {
        let sql = format!("{SELECT} WHERE i.organisation_id = $1 ORDER BY i.id DESC");
        sqlx::query(&sql).bind(org.0).fetch_all(&self.0.pool).await?.iter().map(invitation_from).collect()
    }

    /// Invitations a network sent, newest first.
    pub async fn invitations_from(&self, network: NetworkId) -> Result<Vec<Invitation>> {
        let sql = format!("{SELECT} WHERE i.network_id = $1 ORDER BY i.id DESC");
        sqlx::query(&sql).bind(network.0).fetch_all(&self.0.pool).await?.iter().map(invitation_from).collect()
    }

    /// Invites an organisation; refused when it is already a member or already invited.
    pub async fn invite(&self, actor: &Actor, network: NetworkId, org: OrgId) -> Result<i64> {
        let mut tx = self.0.write_tx().await?;
        let current = network_of(&mut tx, org).await?;
        let pending: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM network_invitations WHERE network_id = $1 AND organisation_id = $2 AND state = 'pending'")
                .bind(network.0)
                .bind(org.0)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(key) = refuse_invite(current, network, pending.is_some()) {
            return Err(StoreError::Refused(key));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO network_invitations (network_id, organisation_id, state, invited_by, created_at) \
             VALUES ($1, $2, 'pending', $3, $4) RETURNING id",
        )
        .bind(network.0)
        .bind(org.0)
        .bind(&actor.name)
        .bind(crate::now_unix())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match StoreError::unique(e, "invitation") {
            StoreError::Duplicate(_) => StoreError::Refused("err-invitation-pending"),
            other => other,
        })?;
        write_audit(&mut tx, actor, Some(org), "invite", "network", Some(network.0), "").await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Answers a pending invitation; accepting makes the organisation a member.
    pub async fn answer(&self, actor: &Actor, id: i64, accept: bool) -> Result<Invitation> {
        let mut tx = self.0.write_tx().await?;
        let sql = format!("{SELECT} WHERE i.id = $1");
        let inv = invitation_from(&sqlx::query(&sql).bind(id).fetch_optional(&mut *tx).await?.ok_or(StoreError::NotFound)?)?;
        let current = network_of(&mut tx, inv.org).await?;
        let refusal = if accept {
            refuse_accept(inv.state, current, inv.network)
        } else {
            (inv.state != InvitationState::Pending).then_some("err-invitation-answered")
        };
        if let Some(key) = refusal {
            return Err(StoreError::Refused(key));
        }
        let state = if accept { InvitationState::Accepted } else { InvitationState::Declined };
        let n = sqlx::query(
            "UPDATE network_invitations SET state = $1, answered_by = $2, answered_at = $3 WHERE id = $4 AND state = 'pending'",
        )
        .bind(state.code())
        .bind(&actor.name)
        .bind(crate::now_unix())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if n.rows_affected() == 0 {
            return Err(StoreError::Refused("err-invitation-answered"));
        }
        if accept {
            sqlx::query("UPDATE organisations SET network_id = $1 WHERE id = $2")
                .bind(inv.network.0)
                .bind(inv.org.0)
                .execute(&mut *tx)
                .await?;
        }
        write_audit(&mut tx, actor, Some(inv.org), if accept { "join" } else { "decline" }, "network", Some(inv.network.0), "").await?;
        tx.commit().await?;
        self.invitation(id).await
    }

    /// The organisation leaves its network; its own data stays as it is.
    pub async fn leave(&self, actor: &Actor, org: OrgId) -> Result<NetworkId> {
        let mut tx = self.0.write_tx().await?;
        let Some(network) = network_of(&mut tx, org).await? else {
            return Err(StoreError::Refused("err-not-in-network"));
        };
        sqlx::query("UPDATE organisations SET network_id = NULL WHERE id = $1").bind(org.0).execute(&mut *tx).await?;
        write_audit(&mut tx, actor, Some(org), "leave", "network", Some(network.0), "").await?;
        tx.commit().await?;
        Ok(network)
    }
}
