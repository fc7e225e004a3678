//! A peer's own certificate authority: the PEM file a makerspace hands out with its https
//! store (`peer add … --ca FILE`), kept in the store and checked on every fetch instead of
//! the system's CAs.
//!
//! Invariants: the file is read once, bounded in size and refused unless it holds at least
//! one certificate; a server certificate passes only if it is one of the file's certificates
//! or chains to one of them (an intermediate in the file counts as an anchor), is valid now,
//! is for a TLS server and names the host we connected to. Nothing here touches git.

use crate::i18n::Message;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use openssl::stack::Stack;
use openssl::x509::store::X509StoreBuilder;
use openssl::x509::verify::{X509VerifyFlags, X509VerifyParam};
use openssl::x509::{X509, X509PurposeId, X509StoreContext};

use super::StoreError;

/// The largest CA file taken (a bundle of a few dozen certificates is well under this).
pub const MAX_CA_FILE_BYTES: u64 = 256 * 1024;

/// The certificates of one peer's CA file.
pub struct PeerCa {
    /// Where the file is (named in errors).
    pub path: PathBuf,
    certs: Vec<X509>,
}

impl std::fmt::Debug for PeerCa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PeerCa")
            .field("path", &self.path)
            .field("certificates", &self.certs.len())
            .finish()
    }
}

impl PeerCa {
    /// Reads and parses a PEM file of certificates.
    pub fn read(path: &Path) -> Result<PeerCa, StoreError> {
        let io = |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        };
        let len = std::fs::metadata(path).map_err(io)?.len();
        if len > MAX_CA_FILE_BYTES {
            return Err(StoreError::refused(
                Message::new("refusal-store-ca-too-large")
                    .arg("path", path.display().to_string())
                    .arg("size", len)
                    .arg("max", MAX_CA_FILE_BYTES),
            ));
        }
        let pem = std::fs::read(path).map_err(io)?;
        PeerCa::parse(path, &pem)
    }

    /// Parses PEM text read from `path`.
    pub fn parse(path: &Path, pem: &[u8]) -> Result<PeerCa, StoreError> {
        let certs = X509::stack_from_pem(pem).map_err(|_| {
            StoreError::refused(
                Message::new("refusal-store-ca-not-pem").arg("path", path.display().to_string()),
            )
        })?;
        if certs.is_empty() {
            return Err(StoreError::refused(
                Message::new("refusal-store-ca-empty").arg("path", path.display().to_string()),
            ));
        }
        Ok(PeerCa {
            path: path.to_path_buf(),
            certs,
        })
    }

    /// How many certificates the file holds.
    pub fn len(&self) -> usize {
        self.certs.len()
    }

    /// Whether the file holds none (never true for a `PeerCa` that was read).
    pub fn is_empty(&self) -> bool {
        self.certs.is_empty()
    }

    /// Checks the server certificate `leaf_der` (DER, as the TLS stream saw it) for `host`;
    /// the error says why it was refused.
    pub fn check(&self, leaf_der: &[u8], host: &str) -> Result<(), String> {
        let leaf = X509::from_der(leaf_der)
            .map_err(|_| "the server sent a certificate that does not parse".to_string())?;
        let mut trust = X509StoreBuilder::new().map_err(|e| e.to_string())?;
        for cert in &self.certs {
            trust.add_cert(cert.clone()).map_err(|e| e.to_string())?;
        }
        let mut param = X509VerifyParam::new().map_err(|e| e.to_string())?;
        match host.parse::<IpAddr>() {
            Ok(ip) => param.set_ip(ip),
            Err(_) => param.set_host(host),
        }
        .map_err(|e| e.to_string())?;
        param
            .set_flags(X509VerifyFlags::PARTIAL_CHAIN)
            .map_err(|e| e.to_string())?;
        trust.set_param(&param).map_err(|e| e.to_string())?;
        trust
            .set_purpose(X509PurposeId::SSL_SERVER)
            .map_err(|e| e.to_string())?;
        let trust = trust.build();
        let chain = Stack::new().map_err(|e| e.to_string())?;
        let mut ctx = X509StoreContext::new().map_err(|e| e.to_string())?;
        let refusal = ctx
            .init(&trust, &leaf, &chain, |c| {
                Ok(match c.verify_cert()? {
                    true => None,
                    false => Some(c.error().error_string()),
                })
            })
            .map_err(|e| e.to_string())?;
        match refusal {
            None => Ok(()),
            Some(why) => Err(format!(
                "the certificate of {host} is refused against the peer's CA file {} ({why})",
                self.path.display()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_certificates_is_refused_with_its_name() {
        let e = PeerCa::parse(Path::new("leeds-ca.pem"), b"hello\n").unwrap_err();
        assert!(e.to_string().contains("leeds-ca.pem"), "{e}");
        let e = PeerCa::parse(Path::new("empty.pem"), b"").unwrap_err();
        assert!(e.to_string().contains("empty.pem"), "{e}");
    }

    #[test]
    fn garbage_from_the_server_is_refused_not_a_panic() {
        // A PEM with one real-format certificate is made by the integration test (openssl
        // command line); here only the refusal path for bytes that are not DER.
        let ca = PeerCa {
            path: PathBuf::from("ca.pem"),
            certs: Vec::new(),
        };
        assert!(ca.check(b"\x30\x03\x02\x01", "localhost").is_err());
        assert!(ca.check(&[], "localhost").is_err());
    }
}
