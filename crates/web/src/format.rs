//! Display helpers shared by the pages: dates in words, optional values, date ranges.

use time::Date;

/// "22 March 2013".
pub fn long_date(date: Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// "22 March 2013 – 14 May 2014", "from 22 March 2013", "until 14 May 2014", or "".
pub fn date_range(start: Option<Date>, end: Option<Date>) -> String {
    match (start, end) {
        (Some(s), Some(e)) if s == e => long_date(s),
        (Some(s), Some(e)) => format!("{} – {}", long_date(s), long_date(e)),
        (Some(s), None) => format!("from {}", long_date(s)),
        (None, Some(e)) => format!("until {}", long_date(e)),
        (None, None) => String::new(),
    }
}

/// "March 2013" for events known to the month only.
pub fn month(date: Date) -> String {
    format!("{} {}", date.month(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn ranges_read_naturally() {
        assert_eq!(
            date_range(Some(date!(2013 - 03 - 22)), Some(date!(2014 - 05 - 14))),
            "22 March 2013 – 14 May 2014"
        );
        assert_eq!(
            date_range(None, Some(date!(2014 - 05 - 14))),
            "until 14 May 2014"
        );
        assert_eq!(date_range(None, None), "");
        assert_eq!(month(date!(2013 - 07 - 01)), "July 2013");
    }
}
