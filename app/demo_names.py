"""Name parts for synthetic demo clients. Common given names and surnames combined at random:
the people they make up do not exist. Each origin gives (given names by gender, surnames by gender,
mother tongue); names are in their own script with a Latin transcription where the script differs.
"""

from __future__ import annotations

from dataclasses import dataclass

Name = tuple[str, str | None]  # (as written, Latin transcription or None)


@dataclass(frozen=True)
class Origin:
    key: str
    mother_tongue: str
    female: tuple[Name, ...]
    male: tuple[Name, ...]
    surnames_f: tuple[Name, ...]
    surnames_m: tuple[Name, ...]


def _same(*names: str) -> tuple[Name, ...]:
    return tuple((n, None) for n in names)


_AR_SUR = (
    ("حداد", "Haddad"),
    ("خليل", "Khalil"),
    ("منصور", "Mansour"),
    ("سعيد", "Saeed"),
    ("عباس", "Abbas"),
    ("النجار", "Al-Najjar"),
    ("الحسن", "Al-Hassan"),
    ("يوسف", "Yousef"),
)
_FA_SUR = (
    ("احمدی", "Ahmadi"),
    ("محمدی", "Mohammadi"),
    ("حسینی", "Hosseini"),
    ("رضایی", "Rezaei"),
    ("کریمی", "Karimi"),
    ("نوری", "Nouri"),
    ("صادقی", "Sadeghi"),
    ("جعفری", "Jafari"),
)
_SO_SUR = _same("Warsame", "Abdullahi", "Farah", "Hussein", "Jama", "Osman", "Aden", "Mohamud")
_UA_SUR = (
    ("Шевченко", "Shevchenko"),
    ("Коваленко", "Kovalenko"),
    ("Бондаренко", "Bondarenko"),
    ("Ткаченко", "Tkachenko"),
    ("Мельник", "Melnyk"),
    ("Кравченко", "Kravchenko"),
    ("Олійник", "Oliinyk"),
    ("Лисенко", "Lysenko"),
)
_ET_SUR = _same("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Ilves", "Kuusk")
_FI_SUR = _same("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Järvinen", "Heikkinen", "Hämäläinen")
_ES_SUR = _same("García", "Rodríguez", "López", "Pérez", "Martínez", "Sánchez", "Gómez", "Díaz")
_VI_SUR = _same("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi")

ORIGINS: tuple[Origin, ...] = (
    Origin(
        "arabic",
        "ar",
        (
            ("فاطمة", "Fatima"),
            ("زينب", "Zainab"),
            ("مريم", "Maryam"),
            ("ليلى", "Layla"),
            ("نور", "Nour"),
            ("سارة", "Sara"),
            ("هبة", "Hiba"),
            ("رنا", "Rana"),
        ),
        (
            ("محمد", "Mohammed"),
            ("أحمد", "Ahmed"),
            ("علي", "Ali"),
            ("عمر", "Omar"),
            ("حسن", "Hassan"),
            ("يوسف", "Yusuf"),
            ("خالد", "Khaled"),
            ("سامي", "Sami"),
        ),
        _AR_SUR,
        _AR_SUR,
    ),
    Origin(
        "persian",
        "fa",
        (
            ("مریم", "Maryam"),
            ("زهرا", "Zahra"),
            ("پریسا", "Parisa"),
            ("نرگس", "Narges"),
            ("شیرین", "Shirin"),
            ("سپیده", "Sepideh"),
            ("لیلا", "Leila"),
            ("آزاده", "Azadeh"),
        ),
        (
            ("علیرضا", "Alireza"),
            ("حسین", "Hossein"),
            ("رضا", "Reza"),
            ("مهدی", "Mahdi"),
            ("امید", "Omid"),
            ("بهرام", "Bahram"),
            ("کاوه", "Kaveh"),
            ("داریوش", "Dariush"),
        ),
        _FA_SUR,
        _FA_SUR,
    ),
    Origin(
        "somali",
        "so",
        _same("Amina", "Fadumo", "Hodan", "Ayaan", "Sahra", "Hawa", "Ifrah", "Nasra"),
        _same("Ahmed", "Abdi", "Mohamed", "Farah", "Hassan", "Abdirahman", "Yusuf", "Ismail"),
        _SO_SUR,
        _SO_SUR,
    ),
    Origin(
        "russian",
        "ru",
        (
            ("Наталья", "Natalja"),
            ("Ирина", "Irina"),
            ("Ольга", "Olga"),
            ("Татьяна", "Tatjana"),
            ("Елена", "Jelena"),
            ("Анна", "Anna"),
            ("Светлана", "Svetlana"),
            ("Мария", "Marija"),
        ),
        (
            ("Алексей", "Aleksei"),
            ("Сергей", "Sergei"),
            ("Дмитрий", "Dmitri"),
            ("Андрей", "Andrei"),
            ("Иван", "Ivan"),
            ("Михаил", "Mihail"),
            ("Николай", "Nikolai"),
            ("Павел", "Pavel"),
        ),
        (
            ("Иванова", "Ivanova"),
            ("Смирнова", "Smirnova"),
            ("Кузнецова", "Kuznetsova"),
            ("Попова", "Popova"),
            ("Волкова", "Volkova"),
            ("Соколова", "Sokolova"),
        ),
        (
            ("Иванов", "Ivanov"),
            ("Смирнов", "Smirnov"),
            ("Кузнецов", "Kuznetsov"),
            ("Попов", "Popov"),
            ("Волков", "Volkov"),
            ("Соколов", "Sokolov"),
        ),
    ),
    Origin(
        "ukrainian",
        "uk",
        (
            ("Олена", "Olena"),
            ("Оксана", "Oksana"),
            ("Ірина", "Iryna"),
            ("Марія", "Mariia"),
            ("Юлія", "Yuliia"),
            ("Наталія", "Nataliia"),
            ("Тетяна", "Tetiana"),
            ("Софія", "Sofiia"),
        ),
        (
            ("Тарас", "Taras"),
            ("Богдан", "Bohdan"),
            ("Андрій", "Andrii"),
            ("Олександр", "Oleksandr"),
            ("Микола", "Mykola"),
            ("Дмитро", "Dmytro"),
            ("Віктор", "Viktor"),
            ("Юрій", "Yurii"),
        ),
        _UA_SUR,
        _UA_SUR,
    ),
    Origin(
        "estonian",
        "et",
        _same("Mari", "Kadri", "Liis", "Kersti", "Triin", "Piret", "Maarja", "Külli"),
        _same("Tõnu", "Jaan", "Mart", "Priit", "Toomas", "Rein", "Peeter", "Ülo"),
        _ET_SUR,
        _ET_SUR,
    ),
    Origin(
        "finnish",
        "fi",
        _same("Aino", "Liisa", "Sanna", "Elina", "Johanna", "Päivi", "Tuula", "Minna"),
        _same("Matti", "Juha", "Mikko", "Jussi", "Antti", "Pekka", "Timo", "Jyrki"),
        _FI_SUR,
        _FI_SUR,
    ),
    Origin(
        "spanish",
        "es",
        _same("María", "Lucía", "Valentina", "Camila", "Sofía", "Isabel", "Paula", "Ana"),
        _same("José", "Carlos", "Diego", "Javier", "Luis", "Andrés", "Miguel", "Pablo"),
        _ES_SUR,
        _ES_SUR,
    ),
    Origin(
        "vietnamese",
        "vi",
        _same("Thị Lan", "Thị Hoa", "Thu Trang", "Ngọc Anh", "Minh Thư", "Bảo Ngọc"),
        _same("Văn An", "Minh Tuấn", "Quốc Bảo", "Đức Anh", "Hoàng Nam", "Thanh Tùng"),
        _VI_SUR,
        _VI_SUR,
    ),
)
