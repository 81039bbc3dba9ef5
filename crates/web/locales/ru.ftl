# Интерфейс Concord на русском языке (Concord's interface in Russian): те же ключи, что и в
# эталонном каталоге en.ftl. Материалы, которые пишут пользователи, здесь не переводятся.

## Макет страницы

site-name = Concord
skip-link = Перейти к содержанию
nav-main = Главное меню
nav-bodies = Органы
nav-countries = Страны
nav-organizations = Организации
nav-people = Люди
nav-events = Мероприятия
language-switcher = Язык
breadcrumb = Навигационная цепочка
footer-text = Concord — все материалы, решения и доклады процесса с участием многих заинтересованных сторон в открытом доступе.
footer-api = Те же данные в формате JSON
demo-note-title = Демонстрационные данные.
demo-note-body = Записи с пометкой «пример» приводятся для иллюстрации и не отражают реальный состав.
demo-entry = Эта запись содержит иллюстративные демонстрационные данные.

## Даты и числа

date-long = { $day } { $month } { $year } года
date-month-year = { $month } { $year } года
date-range = { $start } – { $end }
date-from = с { $start }
date-until = по { $end }
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
month-genitive-1 = января
month-genitive-2 = февраля
month-genitive-3 = марта
month-genitive-4 = апреля
month-genitive-5 = мая
month-genitive-6 = июня
month-genitive-7 = июля
month-genitive-8 = августа
month-genitive-9 = сентября
month-genitive-10 = октября
month-genitive-11 = ноября
month-genitive-12 = декабря

## Главная страница

home-title = Главная
home-lead = Concord сопровождает работу рабочей группы с участием многих заинтересованных сторон — от мандата до последующей деятельности: органы и их состав, запросы материалов, заседания, согласованные в ходе переговоров рекомендации и доклады — всё в открытом доступе.
home-bodies = Органы
home-no-bodies = Ни один орган пока не создан.
home-also = Также здесь
home-countries = Все 193 государства-члена и 2 государства-наблюдателя по региональным группам ООН, с указанием их членства
home-events = { $count ->
    [one] Календарь связанных мероприятий ({ $count } мероприятие)
    [few] Календарь связанных мероприятий ({ $count } мероприятия)
    [many] Календарь связанных мероприятий ({ $count } мероприятий)
   *[other] Календарь связанных мероприятий ({ $count } мероприятия)
}
home-api = Те же данные в формате JSON

## Органы

bodies-title = Органы
bodies-none = Ни один орган пока не создан.
bodies-caption = Комиссии, рабочие группы и их подгруппы; каждый орган указан под вышестоящим
col-body = Орган
col-type = Тип
col-state = Состояние
col-dates = Даты
fact-type = Тип
fact-state = Состояние
fact-dates = Даты
fact-decision-rule = Порядок принятия решений
fact-openness = Порядок участия
fact-reports-to = Подотчетен
fact-reporting-deadline = Срок представления доклада
mandate-heading = Мандат
mandate-none = Мандат не указан.
mandate-paragraph = пункт { $paragraph }
composition-heading = Состав
composition-no-seats = Места в этом органе не определены.
balance-caption = Места по квотам на { $date }
col-quota = Квота
col-seats = Мест
col-filled = Занято
col-balance = Заполненность
quota-indicative = (ориентировочно)
balance-filled = Заполнено
balance-vacant = Вакантных мест: { $count }
balance-over = Сверх квоты: { $count }
matrix-caption = Члены, занимающие места, по региональным группам и группам заинтересованных сторон
col-regional-group = Региональная группа
col-total = Всего
matrix-no-group = Вне региональных групп
members-heading = Члены и должностные лица
members-none = Сведения о членстве отсутствуют.
members-caption = { $body }: все участники и их роли
col-role = Роль
col-member = Член
col-seat = Место
col-stakeholder-group = Группа заинтересованных сторон
tag-personal-capacity = в личном качестве
tag-illustrative = пример
children-heading = Подгруппы
lifecycle-heading = Этапы работы
body-json = Данные об этом органе в формате JSON

## Страны

countries-title = Страны
countries-intro = 193 государства — члена Организации Объединенных Наций и 2 государства-наблюдателя, не являющихся членами Организации, по региональным группам ООН, используемым при выборах.
countries-no-group = Вне региональных групп
country-codes = Коды
country-status = Статус
country-member-state = Государство-член
country-observer-state = Государство-наблюдатель, не являющееся членом Организации
country-group = Региональная группа
country-group-none = Нет
country-development = Уровень развития
country-ldc = Наименее развитая страна
country-no-memberships = { $country } не является членом ни одного из органов, сведения о которых приводятся здесь.
country-memberships-caption = { $country }: членство государства и лиц из этой страны

## Люди и организации

memberships-heading = Членство
memberships-none = Сведения о членстве отсутствуют.
memberships-caption = Роли в органах
person-position = Должность
person-organization = Организация
person-stakeholder-group = Группа заинтересованных сторон
person-country = Страна
people-title = Люди
people-none = Сведения о людях отсутствуют.
organizations-title = Организации
organizations-none = Сведения об организациях отсутствуют.
organizations-caption = Организации в алфавитном порядке
col-name = Название
col-ecosoc = Статус при ECOSOC
org-stakeholder-group = Группа заинтересованных сторон
org-ecosoc = Статус при ECOSOC
org-based-in = Местонахождение
org-website = Веб-сайт

## Мероприятия

events-title = Календарь связанных мероприятий
events-none = Сведения о мероприятиях отсутствуют.
events-caption = Мероприятия в { $year } году
col-event = Мероприятие
col-venue = Место проведения
col-organizer = Организатор

## Ошибки

error-not-found-title = Страница не найдена
error-not-found = По этому адресу страницы нет. Возможно, она была перемещена; ссылки выше ведут ко всем материалам, которые публикует Concord.
error-no-body = Орган с идентификатором «{ $id }» не найден.
error-no-person = Лицо с идентификатором «{ $id }» не найдено.
error-no-organization = Организация с идентификатором «{ $id }» не найдена.
error-unknown-country = «{ $code }» не является известным кодом страны. Страны обозначаются двухбуквенным кодом ISO 3166-1, например CH или TN.
error-bad-address-title = Не удается прочитать этот адрес
error-internal-title = Что-то пошло не так
error-internal = На нашей стороне произошла ошибка. Сведения о ней зарегистрированы; пожалуйста, повторите попытку позже.
error-go-home = Перейти на главную страницу
error-see-bodies = Все органы
error-code-invalid_date = «{ $value }» не является датой; укажите дату в формате YYYY-MM-DD, например 2013-05-30.

## Типы органов

body-type-commission = Комиссия
body-type-working_group = Рабочая группа
body-type-correspondence_group = Группа по переписке
body-type-ad_hoc_group = Специальная группа
body-type-breakout_group = Группа для параллельного обсуждения
body-type-task_force = Целевая группа
body-type-advisory_group = Консультативная группа
body-type-organ = Главный орган или совет

## Порядок принятия решений

decision-rule-consensus = Консенсус
decision-rule-majority = Голосование большинством
decision-rule-chair_decides = Решение принимает Председатель

## Порядок участия

openness-members_only = Только для членов
openness-open_ended = Открытого состава
openness-open_to_all = Открыто для всех

## Этапы работы

lifecycle-mandated = Мандат предоставлен
lifecycle-composition_consultation = Консультации по составу
lifecycle-established = Орган учрежден
lifecycle-methods_agreed = Методы работы согласованы
lifecycle-working = Ведется работа
lifecycle-report_drafting = Подготовка доклада
lifecycle-concluded_agreed = Работа завершена принятием согласованного доклада
lifecycle-concluded_without_consensus = Работа завершена без консенсуса
lifecycle-transmitted = Доклад препровожден
lifecycle-mandate_expired = Срок действия мандата истек

## Роли

role-chair = Председатель
role-vice_chair = Заместитель Председателя
role-member = Член
role-alternate = Заместитель члена
role-observer = Наблюдатель
role-facilitator = Координатор
role-focal_point = Контактное лицо
role-secretariat = Секретариат

## Региональные группы

regional-group-AFR = Африканские государства
regional-group-APG = Азиатско-тихоокеанские государства
regional-group-EEG = Восточноевропейские государства
regional-group-GRULAC = Государства Латинской Америки и Карибского бассейна
regional-group-WEOG = Западноевропейские и другие государства

## Группы заинтересованных сторон

stakeholder-group-government = Правительства
stakeholder-group-private_sector = Частный сектор
stakeholder-group-civil_society = Гражданское общество
stakeholder-group-technical_academic = Техническое и научное сообщество
stakeholder-group-intergovernmental = Межправительственные и международные организации

## Консультативный статус при ECOSOC

ecosoc-none = Без консультативного статуса
ecosoc-general = Общий консультативный статус
ecosoc-special = Специальный консультативный статус
ecosoc-roster = Включена в реестр

## Подкатегории заинтересованных сторон

subcategory-national_government = Национальное правительство или министерство
subcategory-permanent_mission = Постоянное представительство
subcategory-regulator = Регулирующий орган
subcategory-subnational_government = Региональный или местный орган власти
subcategory-company = Компания
subcategory-business_association = Деловая или отраслевая ассоциация
subcategory-chamber_of_commerce = Торговая палата
subcategory-ngo = Неправительственная организация
subcategory-network_or_coalition = Сеть или коалиция
subcategory-foundation = Фонд
subcategory-trade_union = Профсоюз
subcategory-individual = Частное лицо
subcategory-technical_organization = Техническая организация в области интернета
subcategory-academic_institution = Университет или научно-исследовательский институт
subcategory-individual_expert = Индивидуальный эксперт
subcategory-un_system = Структура системы ООН
subcategory-intergovernmental = Другая межправительственная организация
subcategory-international_organization = Международная организация
