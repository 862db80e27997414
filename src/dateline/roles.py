"""Word lists the ``entities`` stage reasons with: titles and roles, news agencies, reporting verbs.

Kept apart from the stage so that other stages (quotes, events) and the corpus store can use the
same vocabulary.  All entries are lower-case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Nouns naming a role a person holds; the head of a title ("Deputy Foreign *Minister*").
ROLE_NOUNS: frozenset[str] = _words(
    """minister secretary spokesperson spokesman spokeswoman spokespeople president vice-president
    premier chancellor ambassador envoy diplomat official officer director chief head chairman chairwoman
    chairperson chair ceo cfo coo founder commissioner commander general admiral colonel lieutenant captain
    major sergeant governor mayor senator congressman congresswoman representative lawmaker legislator
    deputy mp mep politician leader king queen prince princess emperor pope cardinal bishop archbishop
    sheikh emir judge justice prosecutor attorney lawyer advocate negotiator adviser advisor counsellor
    counselor aide analyst economist expert researcher professor scientist doctor spokes president-elect
    candidate nominee activist journalist correspondent reporter editor executive manager owner
    chairman-elect coach striker midfielder goalkeeper captain player manager trainer coordinator
    representative delegate consul attaché attache inspector detective superintendent sheriff
    commissioner governor-general viceroy regent treasurer auditor registrar rapporteur undersecretary
    under-secretary ombudsman speaker whip entrepreneur businessman businesswoman billionaire investor
    surgeon epidemiologist virologist immunologist pastor rabbi historian"""
)

#: Words that qualify a role inside a title ("*Deputy Foreign* Minister", "*former* president").
TITLE_MODIFIERS: frozenset[str] = _words(
    """deputy vice assistant associate acting interim former then ex outgoing incoming foreign prime
    defence defense interior finance justice health trade economy economic energy state chief senior
    principal general executive managing press first second top special permanent supreme federal
    national regional international presidential parliamentary military security intelligence
    attorney lord grand head junior junior deputy co under-secretary-general secretary-general"""
)

#: Generic nouns for a person and the title words that make a person fit them.
#: ``"the diplomat"`` fits a foreign minister, an ambassador or an envoy.
GENERIC_ROLES: dict[str, frozenset[str]] = {
    "diplomat": _words("foreign ambassador envoy diplomat consul attaché attache negotiator secretary-general"),
    "official": _words(
        "minister secretary spokesperson spokesman spokeswoman official officer director chief head "
        "commissioner ambassador envoy deputy governor mayor adviser advisor aide chairman chairwoman "
        "representative delegate president undersecretary under-secretary"
    ),
    "politician": _words(
        "minister president premier chancellor senator congressman congresswoman representative lawmaker "
        "legislator mp mep governor mayor leader deputy speaker"
    ),
    "lawmaker": _words("senator congressman congresswoman representative lawmaker legislator mp mep deputy"),
    "legislator": _words("senator congressman congresswoman representative lawmaker legislator mp mep"),
    "spokesperson": _words("spokesperson spokesman spokeswoman spokespeople press"),
    "spokesman": _words("spokesperson spokesman spokeswoman press"),
    "spokeswoman": _words("spokesperson spokesman spokeswoman press"),
    "negotiator": _words("negotiator envoy foreign secretary deputy minister"),
    "envoy": _words("envoy ambassador special"),
    "leader": _words("president premier chancellor leader king queen prime head chairman chairwoman"),
    "executive": _words("ceo cfo coo executive chief director chairman chairwoman president founder"),
    "lawyer": _words("lawyer attorney counsel advocate"),
    # "the Kentucky Republican said": a politician of that party, named with the place they represent
    "republican": _words(
        "senator sen congressman congresswoman representative rep lawmaker legislator governor gov mayor leader"
        " speaker republican"
    ),
    "democrat": _words(
        "senator sen congressman congresswoman representative rep lawmaker legislator governor gov mayor leader"
        " speaker democrat democratic"
    ),
}

#: Titles written short before a name ("Gov. Ron DeSantis", "state Sen. Martin Sandoval"), each with the
#: role noun it stands for ("the governor", "the senator").
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "pres": "president", "dr": "doctor",
    "ald": "alderman", "atty": "attorney", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant",
    "det": "detective", "col": "colonel", "adm": "admiral", "supt": "superintendent", "prof": "professor",
    "gen": "general", "cmdr": "commander", "insp": "inspector", "amb": "ambassador", "sec": "secretary",
}  # fmt: skip

#: Party members' nouns: "the Kentucky Republican", "the Southwest Side Democrat" (the capitalised words
#: before are the place the person represents, not a title), never one whose titles give the other party.
PARTY_NOUNS: dict[str, frozenset[str]] = {
    "republican": _words("democrat democratic"),
    "democrat": _words("republican gop"),
}

#: Role nouns that tell a person's gender.
FEMALE_ROLES: frozenset[str] = _words(
    "spokeswoman chairwoman congresswoman queen princess empress businesswoman woman actress duchess countess"
)
MALE_ROLES: frozenset[str] = _words(
    "spokesman chairman congressman king prince emperor businessman man actor duke count"
)

#: Honorifics that tell a person's gender (lower-case, without the dot).
FEMALE_HONORIFICS: frozenset[str] = _words("ms mrs miss madame mme mlle lady dame frau sra")
MALE_HONORIFICS: frozenset[str] = _words("mr sir lord monsieur herr sr")

#: News organisations and agencies: always ORG, never a person.
AGENCIES: frozenset[str] = frozenset(
    [
        "sputnik",
        "reuters",
        "ap",
        "associated press",
        "the associated press",
        "afp",
        "agence france-presse",
        "agence france presse",
        "tass",
        "itar-tass",
        "xinhua",
        "interfax",
        "ria novosti",
        "ria",
        "bloomberg",
        "upi",
        "united press international",
        "dpa",
        "efe",
        "ansa",
        "kyodo",
        "yonhap",
        "pti",
        "ani",
        "ians",
        "anadolu",
        "anadolu agency",
        "irna",
        "fars",
        "tasnim",
        "kcna",
        "wafa",
        "bernama",
        "antara",
        "ukrinform",
        "unian",
        "prensa latina",
        "press tv",
        "bbc",
        "cnn",
        "al jazeera",
        "nhk",
        "rt",
        "cctv",
        "cgtn",
        "izvestia",
        "kommersant",
        "vedomosti",
        "rbc",
        "axios",
        "politico",
        "aap",
        "pa",
        "nbc",
        "abc",
        "cbs",
        "fox news",
        "sky news",
        "the guardian",
        "the new york times",
        "the washington post",
        "the wall street journal",
        "financial times",
        "the times",
    ]
)

#: Nouns after a name that make it an organisation ("Sputnik news agency", "Kommersant newspaper").
MEDIA_NOUNS: frozenset[str] = _words(
    "agency newspaper daily broadcaster channel outlet magazine radio tv television network wire website portal"
)

#: Lemmas of verbs that report speech; their subject is a speaker.
REPORTING_VERBS: frozenset[str] = _words(
    """say tell add state note warn explain claim insist stress argue announce write reply respond ask
    comment emphasize emphasise acknowledge admit declare continue conclude point suggest recall report
    confirm deny reiterate remark observe predict promise vow urge assert maintain contend complain
    caution believe think describe mention disclose reveal indicate signal estimate testify tweet post
    quip joke answer counter retort concede agree disagree"""
)

#: Pronouns that can stand for a speaker, with the gender they tell ("" when they tell none).
SPEAKER_PRONOUNS: dict[str, str] = {"he": "m", "she": "f", "they": ""}

#: Countries (and a few territories) by their usual English names: always places, never an
#: organisation or a person.  Names that are also common first names or words (Jordan, Chad,
#: Georgia, Turkey) are left out.
COUNTRIES: frozenset[str] = frozenset(
    """Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|
    Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|
    Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|
    Central African Republic|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|
    Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|
    Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|
    Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|
    Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Kazakhstan|Kazakstan|Kenya|Kiribati|Kosovo|
    Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|
    Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|
    Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|New Zealand|
    Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|
    Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|
    San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|
    South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|
    Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkmenistan|Tuvalu|Uganda|
    Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|
    Vietnam|Yemen|Yugoslavia|Zambia|Zimbabwe|Chechnya|Crimea|Gaza|Greenland|Hong Kong|Kashmir|Kurdistan|
    Nagorno-Karabakh|Puerto Rico|Scotland|Tibet|Wales|England|Northern Ireland|West Bank""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Capitals and cities often in the news that spaCy sm mistypes ("Yerevan" a person, "Minsk" an
#: organisation).  Cities that are also common names (Sofia, Santiago, Victoria, Washington) are
#: left out.
CITIES: frozenset[str] = frozenset(
    """Kyiv|Kiev|Minsk|Tbilisi|Kabul|Damascus|Baghdad|Tehran|Riyadh|Ankara|Beijing|Pyongyang|Seoul|
    Caracas|Havana|Brussels|Vilnius|Riga|Tallinn|Chisinau|Yerevan|Baku|Astana|Tashkent|Bishkek|Dushanbe|
    Ashgabat|Islamabad|New Delhi|Delhi|Dhaka|Kathmandu|Colombo|Hanoi|Manila|Jakarta|Bangkok|Kuala Lumpur|
    Nairobi|Addis Ababa|Khartoum|Tripoli|Cairo|Algiers|Rabat|Tunis|Dakar|Abuja|Lagos|Kinshasa|Luanda|
    Pretoria|Johannesburg|Harare|Bogota|Lima|Quito|La Paz|Montevideo|Buenos Aires|Brasilia|Ottawa|
    Canberra|Wellington|Tokyo|Taipei|Doha|Muscat|Beirut|Amman|Jerusalem|Tel Aviv|Sanaa|Aden|Warsaw|
    Prague|Budapest|Bucharest|Belgrade|Zagreb|Sarajevo|Skopje|Tirana|Pristina|Podgorica|Ljubljana|
    Bratislava|Athens|Rome|Madrid|Lisbon|Paris|Berlin|Vienna|Bern|Oslo|Stockholm|Helsinki|Copenhagen|
    Reykjavik|Dublin|London|Moscow|Geneva|Kharkiv|Odesa|Odessa|Donetsk|Luhansk|Mariupol|Kherson|
    Zaporizhzhia|Lviv|Dnipro|Sevastopol|Simferopol|Grozny|Aleppo|Homs|Idlib|Mosul|Basra|Kandahar|
    Mogadishu|Juba|Bamako|Niamey|Ouagadougou|Kigali|Kampala|Dodoma|Maputo|Lusaka|Windhoek|Gaborone""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Capitals that stand for their country's government when they speak ("Washington warned ...",
#: "Moscow insists ..."), with the country (the form the government's name takes: "US government").
CAPITAL_OF: dict[str, str] = {
    "Washington": "US", "Moscow": "Russia", "Beijing": "China", "London": "UK", "Paris": "France",
    "Berlin": "Germany", "Tokyo": "Japan", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Tehran": "Iran",
    "Pyongyang": "North Korea", "Seoul": "South Korea", "Ankara": "Turkey", "New Delhi": "India",
    "Islamabad": "Pakistan", "Damascus": "Syria", "Caracas": "Venezuela", "Havana": "Cuba",
    "Riyadh": "Saudi Arabia", "Canberra": "Australia", "Ottawa": "Canada", "Rome": "Italy",
    "Madrid": "Spain", "Warsaw": "Poland", "Minsk": "Belarus", "Taipei": "Taiwan", "Kabul": "Afghanistan",
    "Baghdad": "Iraq", "Cairo": "Egypt", "Tbilisi": "Georgia", "Yerevan": "Armenia", "Baku": "Azerbaijan",
    "Budapest": "Hungary", "Hanoi": "Vietnam", "Manila": "Philippines", "Jakarta": "Indonesia",
    "Brasilia": "Brazil", "Abuja": "Nigeria", "Pretoria": "South Africa", "Doha": "Qatar",
}  # fmt: skip
#: Short and long forms of a country's name that name one government ("US", "U.S.", "United States")
COUNTRY_FORMS: dict[str, str] = {
    "us": "US", "u.s.": "US", "united states": "US", "america": "US", "usa": "US", "u.s.a.": "US",
    "uk": "UK", "u.k.": "UK", "united kingdom": "UK", "britain": "UK", "great britain": "UK",
}  # fmt: skip

#: Online platforms and services spaCy's small model often types as people ("on Instagram Live", "over
#: Zoom"): a name that opens with one is an organisation's (written as in text, not lower-cased).
PLATFORMS: frozenset[str] = frozenset(
    [
        "Instagram",
        "Facebook",
        "Twitter",
        "YouTube",
        "TikTok",
        "Zoom",
        "WhatsApp",
        "Snapchat",
        "Reddit",
        "LinkedIn",
        "Skype",
        "Netflix",
        "Spotify",
        "Telegram",
        "WeChat",
        "Weibo",
        "Pinterest",
        "Twitch",
        "Venmo",
        "Lyft",
        "Airbnb",
        "Tinder",
        "FaceTime",
        "Hulu",
        "Gmail",
    ]
)
