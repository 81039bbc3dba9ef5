//! Where a `next=` parameter may send a visitor back to: a path on this site, never another
//! origin. The value is read the way a browser would read it (the WHATWG URL parser, which drops
//! tabs and newlines and treats `\` as `/`), so that `/\t/host`, `/\host`, `//host`, encoded
//! slashes and schemes cannot slip past a textual check and be followed elsewhere.

use url::Url;

/// An origin no one owns, against which a relative `next` is resolved.
const BASE: &str = "http://concord.invalid/";

/// `next` as a path (with its query and fragment) of this site, or `/` when it would leave it.
pub(crate) fn local_path(next: Option<&str>) -> String {
    next.and_then(resolve).unwrap_or_else(|| "/".to_owned())
}

fn resolve(next: &str) -> Option<String> {
    // Only what is written as a path is a path: "https://…", "javascript:…" and "host/x" are not.
    if !next.starts_with('/') || next.chars().any(|c| c.is_control()) {
        return None;
    }
    let base = Url::parse(BASE).ok()?;
    let target = base.join(next).ok()?;
    if target.origin() != base.origin() {
        return None;
    }
    let mut path = target.path().to_owned();
    // A path that begins with two slashes would be read as another host once sent back.
    if path.starts_with("//") || path.starts_with("/\\") {
        return None;
    }
    if let Some(query) = target.query() {
        path.push('?');
        path.push_str(query);
    }
    if let Some(fragment) = target.fragment() {
        path.push('#');
        path.push_str(fragment);
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn a_path_of_this_site_is_kept() {
        assert_eq!(
            local_path(Some("/bodies/3?on=2013-06-01")),
            "/bodies/3?on=2013-06-01"
        );
        assert_eq!(local_path(Some("/texts/1#p-OP2")), "/texts/1#p-OP2");
        assert_eq!(
            local_path(Some("/search?q=caf%C3%A9")),
            "/search?q=caf%C3%A9"
        );
        assert_eq!(local_path(None), "/");
    }

    #[test]
    fn every_known_way_out_is_closed() {
        for hostile in [
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/%09/evil.example",
            "/%2F%2Fevil.example",
            "/%5Cevil.example",
            "https://evil.example/",
            "http:evil.example",
            "javascript:alert(1)",
            "evil.example",
            " //evil.example",
            "/.//evil.example",
            "///evil.example",
            "",
        ] {
            let path = local_path(Some(hostile));
            let resolved = url::Url::parse("http://concord.invalid/")
                .unwrap()
                .join(&path)
                .unwrap();
            assert_eq!(
                resolved.host_str(),
                Some("concord.invalid"),
                "{hostile:?} sent to {path:?}"
            );
            assert!(
                !path.starts_with("//") && !path.contains(['\t', '\\', '\n']),
                "{path:?}"
            );
        }
    }
}
