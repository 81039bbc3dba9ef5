//! Who a request comes from, for limits: the connection's peer, or — only when that peer is one
//! of the configured reverse proxies — the address the proxies say they received it from.
//! Believing `X-Forwarded-For` from anyone would let every request name its own address, and
//! ignoring it behind a proxy would make every visitor one address, locked out together.

use std::net::IpAddr;

use ipnet::IpNet;

/// The proxies whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Reads addresses (`10.0.0.1`) and ranges (`10.0.0.0/8`, `::1/128`).
    pub fn parse<S: AsRef<str>>(entries: &[S]) -> Result<TrustedProxies, String> {
        entries
            .iter()
            .map(|entry| {
                let entry = entry.as_ref().trim();
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| {
                        format!("“{entry}” is not an address or a range such as 10.0.0.0/8")
                    })
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client's address: the peer, unless the peer is a trusted proxy; then the nearest
    /// address in `X-Forwarded-For` (read from the right) that is not a trusted proxy itself.
    pub fn client(&self, peer: Option<IpAddr>, forwarded_for: Option<&str>) -> String {
        let Some(peer) = peer else {
            return "unknown".to_owned();
        };
        if !self.trusts(peer) {
            return peer.to_string();
        }
        let mut client = peer;
        for hop in forwarded_for.unwrap_or_default().rsplit(',') {
            let Ok(address) = hop.trim().parse::<IpAddr>() else {
                // A hop that is no address was written by someone we do not trust: stop here.
                break;
            };
            client = address;
            if !self.trusts(address) {
                break;
            }
        }
        client.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn only_a_trusted_proxy_is_believed() {
        let none = TrustedProxies::default();
        assert_eq!(
            none.client(ip("203.0.113.9"), Some("198.51.100.1")),
            "203.0.113.9"
        );
        let proxies = TrustedProxies::parse(&["10.0.0.0/8", "::1"]).unwrap();
        assert_eq!(
            proxies.client(ip("10.1.2.3"), Some("198.51.100.1")),
            "198.51.100.1"
        );
        // A client that writes its own header: the proxy appends the real address last.
        assert_eq!(
            proxies.client(ip("10.1.2.3"), Some("1.2.3.4, 198.51.100.1, 10.9.9.9")),
            "198.51.100.1"
        );
        assert_eq!(proxies.client(ip("::1"), None), "::1");
        assert_eq!(proxies.client(ip("10.1.2.3"), Some("junk")), "10.1.2.3");
        assert_eq!(
            proxies.client(ip("203.0.113.9"), Some("1.2.3.4")),
            "203.0.113.9"
        );
        assert_eq!(proxies.client(None, None), "unknown");
        assert!(TrustedProxies::parse(&["10.0.0.0/33"]).is_err());
    }
}
