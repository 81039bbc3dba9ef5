//! A synthetic consultation from a fixed seed: answers to calls for input in the six UN
//! languages, with facets, and form-letter campaigns, shaped like real ones.
//!
//! English answers (80 %) draw words with a Zipf frequency from function words, about 300 policy
//! words in several inflected forms, and a long tail of 3,000 made-up rare words (names,
//! acronyms, typos). French, Spanish (6 % each), Russian, Arabic (3 % each) and Chinese (2 %)
//! answers draw from smaller lists of their own. Answers are 50–300 words in sentences. 30 % of
//! answers belong to one of 500 campaigns (sizes falling off as 1/rank): the campaign's letter,
//! half of the time with a personal sentence added. The language is stated for 70 % of answers
//! and left to detection for the rest. Each answer has seven facets: call (20), question (10 per
//! call), stakeholder group (8), region (6), country (195), language, campaign. Half of the
//! answers end with a made-up name or typo of 3–5 syllables and 30 % with a number, the long
//! tail of terms found in few answers that real corpora have.

/// A small, fast generator (splitmix64): the corpus must be the same on every machine.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
}

const ENGLISH_FUNCTION: &str = "the of and to in a is that for it as with be on not this are by we or from at should \
    have an which all their more must can will has our also its been other these such they would there than into only \
    any between each within both those through including where while however under without well about";

const ENGLISH_CONTENT: &str = "government society civil organisation participation consultation negotiation \
    agreement policy development sustainable climate finance funding adaptation mitigation emission energy \
    renewable water sanitation health education gender equality women youth children rights human indigenous \
    community local national regional international cooperation partnership stakeholder group member state \
    delegation secretariat chair draft text paragraph proposal amendment recommendation report review process \
    implementation monitoring evaluation indicator target goal agenda framework strategy programme project \
    resource capacity building technology transfer innovation research data information access knowledge \
    transparency accountability governance institution mechanism platform forum dialogue meeting session \
    conference declaration resolution decision commitment obligation principle standard guideline measure \
    action support assistance investment trade market economy growth employment labour worker poverty hunger \
    food security agriculture land forest biodiversity ocean pollution waste plastic chemical disaster risk \
    resilience vulnerability migration refugee displacement conflict peace justice law court protection safety \
    violence discrimination inclusion diversity disability older persons family culture heritage language media \
    digital internet privacy cyber artificial intelligence infrastructure transport city urban rural housing \
    debt tax budget cost price subsidy fossil fuel coal oil gas nuclear carbon price loss damage fund bank \
    private sector business company industry consumer production supply chain due diligence environment \
    nature species ecosystem mountain river coast island developing country least developed small vulnerable \
    north south global world population science evidence expert panel assessment consensus vote majority \
    minority opposition support concern objection reservation clarification question answer comment input \
    submission contribution view position statement proposal option scenario pathway transition timeline \
    deadline year decade future generation education school university training skill health care hospital \
    medicine vaccine pandemic preparedness response recovery reform review mandate budget contribution";

const ENGLISH_SUFFIXES: [&str; 3] = ["s", "ed", "ing"];

const FRENCH: &str = "le la les de des du et à un une est que qui dans pour sur par avec ne pas ce nous \
    vous développement durable négociations société civile gouvernement participation consultation climat \
    financement adaptation énergie eau santé éducation égalité femmes jeunes droits humains peuples \
    autochtones coopération partenariat proposition recommandation rapport processus mise œuvre suivi \
    évaluation objectif cible programme projet ressources capacités technologie transfert données accès \
    transparence responsabilité gouvernance institutions mécanisme dialogue réunion conférence déclaration \
    décision engagement principe mesure action soutien investissement commerce économie emploi pauvreté";

const SPANISH: &str = "el la los las de del y en un una es que por para con no se su al lo como más \
    desarrollo sostenible negociaciones sociedad civil gobierno participación consulta clima financiación \
    adaptación energía agua salud educación igualdad mujeres jóvenes derechos humanos pueblos indígenas \
    cooperación asociación propuesta recomendación informe proceso aplicación seguimiento evaluación \
    objetivo meta programa proyecto recursos capacidad tecnología transferencia datos acceso transparencia \
    rendición cuentas gobernanza instituciones mecanismo diálogo reunión conferencia declaración decisión";

const RUSSIAN: &str = "и в на не что с по для как это мы все они его от к о из переговоры переговоров \
    гражданское общество правительство участие консультации климат финансирование адаптация энергия вода \
    здравоохранение образование равенство женщины молодежь права человека коренные народы сотрудничество \
    предложение рекомендации доклад процесс осуществление мониторинг оценка цель задача программа проект \
    ресурсы технологии данные доступ прозрачность подотчетность управление";

const ARABIC: &str = "في من على إلى أن عن مع هذا التي الذي و المفاوضات المجتمع المدني الحكومة المشاركة \
    المشاورات المناخ التمويل التكيف الطاقة المياه الصحة التعليم المساواة النساء الشباب حقوق الإنسان \
    الشعوب الأصلية التعاون الشراكة الاقتراح التوصيات التقرير العملية التنفيذ الرصد التقييم الهدف البرنامج \
    المشروع الموارد التكنولوجيا البيانات الشفافية المساءلة الحوكمة التنمية المستدامة";

/// Chinese is written without spaces: words are joined into runs.
const CHINESE: &str = "我们 支持 的 是 在 和 了 可持续 发展 谈判 民间 社会 政府 参与 协商 气候 资金 适应 能源 \
    水 卫生 教育 平等 妇女 青年 权利 人权 土著 人民 合作 伙伴 关系 提案 建议 报告 进程 执行 监测 评估 目标 \
    方案 项目 资源 能力 技术 转让 数据 透明 问责 治理 机构 机制 对话 会议 宣言 决定 承诺";

pub const FACETS: usize = 7;
pub const FACET_NAMES: [&str; FACETS] = [
    "call",
    "question",
    "stakeholder group",
    "region",
    "country",
    "language",
    "campaign",
];
const CALLS: usize = 20;
const QUESTIONS_PER_CALL: usize = 10;
const STAKEHOLDER_GROUPS: usize = 8;
const COUNTRIES: usize = 195;
const REGIONS: usize = 6;
const CAMPAIGNS: usize = 500;
const CAMPAIGN_SHARE: f64 = 0.3;
const RARE_WORDS: usize = 3_000;
const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fo", "gu", "ha", "je", "ki", "li",
    "mo", "nu", "pa", "re", "si", "to", "ve", "zu",
];

/// Languages in the order of the language facet's values.
pub const LANGUAGES: [concord_text::language::Lang; 6] = {
    use concord_text::language::Lang;
    [Lang::En, Lang::Fr, Lang::Es, Lang::Ru, Lang::Ar, Lang::Zh]
};
const LANGUAGE_SHARES: [f64; 6] = [0.80, 0.06, 0.06, 0.03, 0.03, 0.02];

/// Words of one language with a Zipf sampler.
pub struct Lexicon {
    pub words: Vec<String>,
    cumulative: Vec<f64>,
    /// Whether words are joined without spaces (Chinese).
    joined: bool,
}

impl Lexicon {
    /// A lexicon of words separated by spaces, most frequent first.
    pub fn new_public(words: Vec<String>) -> Self {
        Self::new(words, false)
    }

    fn new(words: Vec<String>, joined: bool) -> Self {
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|rank| {
                total += 1.0 / (rank as f64 + 1.0);
                total
            })
            .collect();
        Lexicon {
            words,
            cumulative,
            joined,
        }
    }

    fn from_list(list: &str, joined: bool) -> Self {
        Self::new(list.split_whitespace().map(str::to_owned).collect(), joined)
    }

    pub fn sample(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let at = self.cumulative.partition_point(|&c| c < rng.unit() * total);
        self.words
            .get(at.min(self.words.len().saturating_sub(1)))
            .map_or("", String::as_str)
    }
}

/// The vocabulary of the whole corpus.
pub struct Vocabulary {
    pub lexicons: Vec<Lexicon>,
    /// English words people search for: content words and rare words, in frequency order.
    pub english_searchable: Vec<String>,
}

impl Vocabulary {
    pub fn new() -> Self {
        let mut english: Vec<String> = ENGLISH_FUNCTION
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let function_words = english.len();
        // Content words with their inflections interleaved, so each word keeps about its rank.
        for word in ENGLISH_CONTENT.split_whitespace() {
            english.push(word.to_owned());
        }
        for suffix in ENGLISH_SUFFIXES {
            for word in ENGLISH_CONTENT.split_whitespace() {
                let stem = word.strip_suffix('e').unwrap_or(word);
                english.push(if suffix == "s" {
                    format!("{word}s")
                } else {
                    format!("{stem}{suffix}")
                });
            }
        }
        let mut rng = Rng::new(7);
        for _ in 0..RARE_WORDS {
            let syllables = rng.between(2, 4);
            let word: String = (0..syllables)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect();
            english.push(word);
        }
        let english_searchable = english[function_words..].to_vec();
        let lexicons = vec![
            Lexicon::new(english, false),
            Lexicon::from_list(FRENCH, false),
            Lexicon::from_list(SPANISH, false),
            Lexicon::from_list(RUSSIAN, false),
            Lexicon::from_list(ARABIC, false),
            Lexicon::from_list(CHINESE, true),
        ];
        Vocabulary {
            lexicons,
            english_searchable,
        }
    }

    /// Text of `words` words in language `language` (index into [`LANGUAGES`]), in sentences.
    pub fn text(&self, language: usize, words: usize, rng: &mut Rng, out: &mut String) {
        let lexicon = &self.lexicons[language];
        let mut sentence_left = 0;
        for i in 0..words {
            if sentence_left == 0 {
                if i > 0 {
                    out.push_str(if lexicon.joined { "。" } else { ". " });
                }
                sentence_left = rng.between(8, 20);
            } else if !lexicon.joined {
                out.push(' ');
            } else if rng.below(6) == 0 {
                out.push('，');
            }
            let word = lexicon.sample(rng);
            if out.is_empty() || out.ends_with(". ") {
                let mut chars = word.chars();
                if let Some(first) = chars.next() {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(word);
            }
            sentence_left -= 1;
        }
        out.push(if lexicon.joined { '。' } else { '.' });
    }
}

/// One generated answer.
pub struct Answer {
    pub text: String,
    /// The language as stated by the sender (index into [`LANGUAGES`]), if stated.
    pub stated_language: Option<usize>,
    pub facets: [u32; FACETS],
}

fn pick_language(rng: &mut Rng) -> usize {
    let mut x = rng.unit();
    for (i, share) in LANGUAGE_SHARES.iter().enumerate() {
        if x < *share {
            return i;
        }
        x -= share;
    }
    0
}

/// The campaigns' letters, the same for every answer.
pub fn campaign_letters(vocabulary: &Vocabulary, seed: u64) -> Vec<(usize, String)> {
    let mut rng = Rng::new(seed ^ 0xC0FF_EE00);
    (0..CAMPAIGNS)
        .map(|_| {
            let language = if rng.below(10) == 0 {
                1 + rng.below(2)
            } else {
                0
            };
            let mut text = String::new();
            let words = rng.between(80, 250);
            vocabulary.text(language, words, &mut rng, &mut text);
            (language, text)
        })
        .collect()
}

/// Answer number `n` of the corpus made with `seed`.
pub fn answer(vocabulary: &Vocabulary, letters: &[(usize, String)], seed: u64, n: u64) -> Answer {
    let mut rng = Rng::new(seed.wrapping_mul(0x9E37_79B9).wrapping_add(n));
    rng.next();
    let mut text = String::new();
    let (language, campaign) = if rng.unit() < CAMPAIGN_SHARE {
        // Campaign sizes fall off as 1/rank: a Zipf draw over the campaigns.
        let total: f64 = (1..=CAMPAIGNS).map(|r| 1.0 / r as f64).sum();
        let mut x = rng.unit() * total;
        let mut campaign = CAMPAIGNS - 1;
        for r in 0..CAMPAIGNS {
            x -= 1.0 / (r as f64 + 1.0);
            if x <= 0.0 {
                campaign = r;
                break;
            }
        }
        let (language, letter) = &letters[campaign];
        text.push_str(letter);
        if rng.below(2) == 0 {
            text.push(' ');
            let words = rng.between(8, 30);
            vocabulary.text(*language, words, &mut rng, &mut text);
        }
        (*language, campaign as u32)
    } else {
        let language = pick_language(&mut rng);
        let words = rng.between(50, 300);
        vocabulary.text(language, words, &mut rng, &mut text);
        (language, concord_text::search::NO_VALUE)
    };
    // The long tail of real answers: names, reference numbers, typos, found in few answers.
    if rng.below(2) == 0 {
        text.push_str(" Ref ");
        for _ in 0..rng.between(3, 5) {
            text.push_str(SYLLABLES[rng.below(SYLLABLES.len())]);
        }
    }
    if rng.below(10) < 3 {
        text.push_str(&format!(" No {}.", rng.below(100_000)));
    }
    let call = rng.below(CALLS);
    let country = rng.below(COUNTRIES);
    let stated = rng.below(10) < 7;
    let facets = [
        call as u32,
        (call * QUESTIONS_PER_CALL + rng.below(QUESTIONS_PER_CALL)) as u32,
        rng.below(STAKEHOLDER_GROUPS) as u32,
        (country % REGIONS) as u32,
        country as u32,
        if stated {
            language as u32
        } else {
            concord_text::search::NO_VALUE
        },
        campaign,
    ];
    Answer {
        text,
        stated_language: stated.then_some(language),
        facets,
    }
}

/// The largest value of each facet slot, for drawing filters.
pub const FACET_SIZES: [usize; FACETS] = [
    CALLS,
    CALLS * QUESTIONS_PER_CALL,
    STAKEHOLDER_GROUPS,
    REGIONS,
    COUNTRIES,
    6,
    CAMPAIGNS,
];
