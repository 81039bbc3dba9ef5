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
nav-admin = Администрирование
language-switcher = Язык
breadcrumb = Навигационная цепочка
footer-text = Concord — все материалы, решения и доклады процесса с участием многих заинтересованных сторон в открытом доступе.
footer-api = Те же данные в формате JSON
footer-source = Исходный код (AGPL-3.0)
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
events-filter = Отбор мероприятий
events-filter-year = Год
events-filter-any = Все
events-filter-apply = Показать
events-view-list = Список
events-view-month = Месяц
events-months = Месяцы
events-previous-month = Предыдущий месяц
events-next-month = Следующий месяц
events-feed = Подписаться на календарь (iCalendar)
events-none-match = Нет мероприятий, соответствующих этим условиям.
weekday-1 = пн
weekday-2 = вт
weekday-3 = ср
weekday-4 = чт
weekday-5 = пт
weekday-6 = сб
weekday-7 = вс

## Учетные записи

account-sign-in = Войти
account-sign-up = Зарегистрироваться
account-sign-out = Выйти
account-have-account = Уже есть учетная запись?
account-forgot = Забыли пароль?
account-check-inbox-title = Проверьте почту
account-check-inbox = Если этот адрес может получать от нас почту, на него отправлено сообщение со ссылкой. Ссылка действует ограниченное время.
account-check-new-inbox = Мы отправили ссылку на ваш новый адрес. Адрес будет изменен, когда вы откроете эту ссылку.
account-link-problem-title = Эту ссылку нельзя использовать
account-reset-link = Запросить новую ссылку
account-confirmed-title = Готово
account-confirmed = Ваш адрес электронной почты подтвержден. Теперь вы можете войти.
account-email-changed = Теперь в вашей учетной записи используется новый адрес.
account-wrong-credentials = Неверный адрес электронной почты или пароль.
account-throttled = Слишком много неудачных попыток. Подождите 15 минут и повторите попытку или сбросьте пароль.
account-unconfirmed = Сначала подтвердите адрес электронной почты по ссылке, которую мы вам отправили. Чтобы получить новую ссылку, сбросьте пароль.
account-confirm-title = Подтверждение
account-confirm-explain = Нажмите кнопку, чтобы подтвердить.
account-confirm-button = Подтвердить
account-reset-title = Сброс пароля
account-reset-explain = Укажите адрес электронной почты вашей учетной записи, и мы отправим на него ссылку для выбора нового пароля.
account-reset-button = Отправить ссылку
account-choose-password = Задайте новый пароль
account-password-changed-title = Пароль изменен
account-password-changed = Ваш пароль изменен, и вы вышли из системы на всех устройствах. Войдите с новым паролем.
account-title = Ваша учетная запись
account-platform = Роль на платформе
role-administrator = Администратор платформы
account-roles = Ваши роли
account-no-roles = У вашей учетной записи пока нет роли ни в одном органе. Секретариат связывает учетные записи с лицами, входящими в состав органов.
account-change-email = Изменить адрес электронной почты
account-wrong-password = Неверный пароль.
account-sessions = Сеансы
account-sign-out-everywhere = Выйти на всех устройствах
account-calendar = Ваш календарь заседаний
account-calendar-explain = Личный адрес с заседаниями органов, в работе которых вы участвуете, для вашей программы-календаря. Новый адрес отменяет прежний.
account-calendar-make = Создать личный адрес календаря
account-calendar-revoke = Отменить адрес
account-calendar-made-title = Ваш личный адрес календаря
account-calendar-made = Добавьте этот адрес в свою программу-календарь. Не сообщайте его другим; он показывается только сейчас: { $link }
account-back = Вернуться к учетной записи
field-display-name = Ваше имя
field-email = Адрес электронной почты
field-password = Пароль
field-password-hint = Не менее 10 символов.
field-new-password = Новый пароль
field-new-email = Новый адрес электронной почты
form-error-prefix = Ошибка:
form-error-summary = Обнаружена проблема
mail-confirm-subject = Подтвердите свой адрес для Concord
mail-confirm-body =
    Здравствуйте, { $name }!

    Пожалуйста, подтвердите свой адрес электронной почты, открыв эту ссылку в течение 48 часов:

    { $link }

    Если вы не регистрировались в Concord, не обращайте внимания на это сообщение.
mail-already-subject = Ваша учетная запись в Concord
mail-already-body =
    Здравствуйте!

    Кто-то попытался зарегистрироваться в Concord с этим адресом, но для него уже существует учетная запись. Если это были вы, войдите в систему или задайте новый пароль по этой ссылке:

    { $link }

    Если это были не вы, не обращайте внимания на это сообщение.
mail-reset-subject = Новый пароль для Concord
mail-reset-body =
    Здравствуйте, { $name }!

    Чтобы задать новый пароль, откройте эту ссылку в течение 2 часов:

    { $link }

    Если вы не запрашивали новый пароль, не обращайте внимания на это сообщение: ваш пароль останется прежним.
mail-reminder-subject = Напоминание: { $title }
mail-reminder-body =
    Здравствуйте, { $name }!

    Напоминаем о заседании: { $title }, { $when }, { $venue }.

    Повестка дня и документы размещены на странице заседания:

    { $link }
mail-change-subject = Подтвердите новый адрес для Concord
mail-change-body =
    Здравствуйте, { $name }!

    Чтобы перевести вашу учетную запись Concord на этот адрес, откройте эту ссылку в течение 48 часов:

    { $link }

    Если вы этого не запрашивали, не обращайте внимания на это сообщение.

## Администрирование

admin-explain = Что вы можете изменять, зависит от ваших ролей; составом органа управляет его секретариат.
admin-new-body = Новый орган
admin-new-person = Новое лицо
admin-new-organization = Новая организация
outbox-title = Исходящая почта
outbox-explain = Здесь хранятся все сообщения, которые отправляет Concord. Если почтовый сервер не настроен, сообщения остаются здесь и ничего не теряется.
outbox-empty = Сообщений пока нет.
outbox-caption = Сообщения, начиная с последних
col-written = Создано
col-recipient = Кому
col-subject = Тема
col-delivery = Доставка
outbox-sent = Отправлено { $date }
outbox-not-sent = Не отправлено
outbox-waiting = Ожидает отправки

## Формы

form-none = (нет)
form-create = Создать
form-save = Сохранить
form-no-seat = (без места)
field-body-name = Название
field-acronym = Аббревиатура
field-acronym-hint = Должна быть уникальной, например WGEC-2013: сначала буква, затем буквы, цифры, точки или дефисы.
field-parent = Входит в состав
field-mandate-symbol = Мандат: условное обозначение резолюции
field-mandate-paragraph = Мандат: пункт
field-mandate-text = Мандат: текст
field-mandate-lang = Язык текста мандата
field-lang = Язык текста
field-lang-hint = Код языка, например en, fr, es, ru, zh или ar.
field-reporting-target = Подотчетен (в свободной форме)
field-start-date = Дата начала
field-end-date = Дата окончания
field-description = Описание
field-lifecycle-to = Новое состояние
field-lifecycle-on = Дата
field-lifecycle-note = Причина или решение, на основании которого произведено изменение
field-quota-kind = Места выделяются
field-designated-states = Указанные государства
field-designated-states-hint = Двухбуквенные коды стран через запятую, например CH, TN.
field-quota-label = Название
field-quota-label-hint = Оставьте поле пустым, чтобы использовать название группы.
field-quota-hard = Жесткая квота: не допускать членов сверх числа мест
quota-kind-regional_group = Региональной группе
quota-kind-stakeholder_group = Группе заинтересованных сторон
quota-kind-designated_states = Указанным государствам
field-state = Государство
field-person = Лицо
field-nominated-by = Кем выдвинут
field-honorific = Обращение
field-sub-category = Подкатегория
admin-edit = Изменение сведений: { $name }
admin-lifecycle = Этапы работы: { $name }
admin-new-seats = Новые места в органе { $name }
admin-new-membership = Новое членство в органе { $name }
admin-edit-person = Изменить сведения о лице
admin-edit-organization = Изменить сведения об организации
action-edit-body = Изменить сведения
action-lifecycle = Изменить состояние
action-new-seats = Добавить места
action-new-membership = Добавить члена
action-new-sub-body = Создать подгруппу
admin-edit-seats = Изменение мест: { $name }
admin-edit-membership = Изменение членства: { $name }
field-reason = Причина изменения
field-reason-hint = Сохраняется в истории, например «срок полномочий истек».
col-actions = Действия
action-edit = Изменить
action-invite = Пригласить к участию
admin-invite = Пригласить к участию: { $name }
field-invite-person-hint = Лицо из справочника, от имени которого будет действовать учетная запись.
form-send-invitation = Отправить приглашение
invitation-title = Приглашение
invitation-explain = Вас приглашают участвовать в работе в системе Concord от имени лица из ее справочника. Приняв приглашение, вы свяжете свою учетную запись с этим лицом и его функциями.
invitation-sign-in-first = Сначала войдите в систему или создайте учетную запись, затем снова откройте эту ссылку.
invitation-accept = Принять приглашение
mail-invite-subject = Приглашение к участию: { $body }
mail-invite-body =
    Здравствуйте!

    Секретариат приглашает вас участвовать в работе органа «{ $body }» в системе Concord от имени лица: { $name }.

    Чтобы принять приглашение, откройте эту ссылку в течение 14 дней (если у вас нет учетной записи, сначала создайте ее):

    { $link }

    Если вы не понимаете, о чем идет речь, не обращайте внимания на это сообщение.

## История

audit-heading = История
audit-none = Изменения не зарегистрированы.
audit-caption = Все изменения, начиная с последних
col-when = Когда
col-who = Кто
col-what = Что
audit-body-create = Орган создан
audit-body-update = Сведения изменены
audit-body-lifecycle = Состояние изменено
audit-seat_quota-create = Места добавлены
audit-seat_quota-update = Места изменены
audit-membership-create = Членство добавлено
audit-membership-update = Членство изменено

## Заседания

meetings-heading = Заседания
meetings-none = Заседания не запланированы.
meetings-caption = Заседания органа { $body }
meetings-feed = Подписаться на календарь заседаний (iCalendar)
timeline-deadline = Срок представления доклада
col-number = №
col-meeting = Заседание
meeting-additional = Дополнительное
action-new-meeting = Запланировать заседание
admin-new-meeting = Новое заседание органа { $name }
admin-edit-meeting = Изменение сведений о заседании органа { $name }
field-meeting-number = Номер
field-meeting-number-hint = 1 для первого заседания, 2 для второго и т. д.; для дополнительного заседания оставьте поле пустым.
field-title = Название
field-starts-on = Первый день
field-ends-on = Последний день
field-starts-at = Время открытия
field-ends-at = Время закрытия
field-time-zone = Часовой пояс
field-time-zone-hint = Часовой пояс места проведения, например Europe/Zurich или America/New_York.
field-room = Зал
field-modality = Формат участия
field-remote-details = Дистанционное участие: как подключиться
field-webcast = Ссылка на веб-трансляцию
field-transcript = Ссылка на стенограмму
meeting-state-planned = Запланировано
meeting-state-announced = Объявлено
meeting-state-registration_open = Открыта регистрация
meeting-state-in_session = Идет заседание
meeting-state-closed = Закрыто
meeting-state-summary_published = Резюме опубликовано
meeting-state-cancelled = Отменено
modality-in_person = Очный формат
modality-online = Онлайн-формат
modality-hybrid = Гибридный формат
audit-meeting-create = Заседание запланировано
audit-meeting-update = Сведения о заседании изменены
documents-heading = Документы
documents-none = Документы не зарегистрированы.
documents-caption = { $body }: документы
col-symbol = Условное обозначение
col-issued = Дата выпуска
col-languages = Языки
tag-latest = последняя версия
tag-superseded = заменен
action-new-document = Зарегистрировать документ
admin-new-document = Новый документ органа { $name }
field-symbol = Условное обозначение
field-symbol-hint = Условное обозначение документа ООН, например E/CN.16/2014/CRP.2 или E/CN.16/2014/CRP.2/Rev.1.
field-document-type = Тип
field-issued-on = Дата выпуска
field-languages = Имеющиеся языки
field-languages-hint = Коды официальных языков, например en, fr, es.
field-url = Ссылка на документ
document-type-agenda = Повестка дня
document-type-secretariat_note = Записка секретариата
document-type-chairs_summary = Резюме Председателя
document-type-contribution = Вклад
document-type-compilation = Подборка
document-type-report = Доклад
document-type-resolution = Резолюция
document-type-other = Другой документ
audit-document-create = Документ зарегистрирован
agenda-heading = Повестка дня
agenda-none = Пунктов пока нет.
agenda-state-provisional = Предварительная повестка дня
agenda-state-adopted = Утверждена
agenda-state-adopted_with_changes = Утверждена с изменениями
agenda-add-item = Добавить пункт
agenda-adopt = Зафиксировать утверждение
field-item-number = Номер пункта
field-sub-item = Подпункт предыдущего пункта
field-item-document = Рассматриваемый документ (условное обозначение, необязательно)
agenda-item-document = Документация
field-adoption = Утверждение
field-adoption-note = Порядок утверждения
meeting-no-documents = Для этого заседания документы не зарегистрированы.
audit-meeting-agenda_item = В повестку дня добавлен пункт
audit-meeting-adopt_agenda = Повестка дня утверждена
summary-heading = Резюме Председателя
summary-none = Резюме пока не опубликовано.
summary-write = Резюме Председателя
summary-publish = Опубликовать резюме
agenda-outcome = Итог
agenda-record-outcome = Итог по пункту
audit-meeting-outcome = Итог зафиксирован
audit-meeting-summary = Резюме Председателя опубликовано
registration-heading = Наблюдатели
registration-cap = Мест для наблюдателей: { $count }.
registration-link = Зарегистрироваться в качестве наблюдателя
registration-not-open = Регистрация не открыта.
registration-none-approved = Наблюдатели пока не допущены.
registration-by-group = Допущенные наблюдатели по группам заинтересованных сторон
registration-by-region = Допущенные наблюдатели по региональным группам их стран
registration-no-region = Без региональной группы или страна не указана
registration-observers = Допущенные наблюдатели
field-observer-cap = Наибольшее число допускаемых наблюдателей
registration-badges = Список пропусков (CSV)
registration-all = Все регистрации
registration-attended = присутствовал
registration-approve = Одобрить
registration-decline = Отклонить
registration-mark-attended = Отметить присутствие
registration-mark-absent = Отметить отсутствие
registration-title = Регистрация: { $name }
registration-submit = Зарегистрироваться
registration-done-title = Регистрация получена
registration-pending = Ваша регистрация получена и ожидает одобрения секретариата.
registration-waiting = Места для наблюдателей заняты: вы внесены в лист ожидания.
registration-back = Вернуться к заседанию
field-represents = Представляемая организация или государство
field-registration-email-hint = Только для секретариата; не публикуется.
registration-status-pending = Ожидает одобрения
registration-status-approved = Одобрена
registration-status-waiting_list = Лист ожидания
registration-status-declined = Отклонена

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
error-forbidden-title = Действие не разрешено
error-forbidden = Вашей учетной записи не разрешено выполнять здесь это действие. Если вы считаете, что это должно быть разрешено, обратитесь в секретариат органа.
error-csrf = Срок действия этой формы истек, или она была отправлена с другого сайта. Вернитесь назад, обновите страницу и отправьте форму еще раз.
error-bad-form = Не удалось прочитать форму. Вернитесь назад, обновите страницу и отправьте форму еще раз.
error-code-invalid_date = «{ $value }» не является датой; укажите дату в формате YYYY-MM-DD, например 2013-05-30.
error-code-required = Это поле обязательно для заполнения.
error-code-too_long = { $max ->
    [one] Допускается не более { $max } символа; введено: { $count }.
   *[other] Допускается не более { $max } символов; введено: { $count }.
}
error-code-control_characters = Текст содержит невидимые управляющие символы.
error-code-invalid_email = Это не адрес электронной почты.
error-code-password_too_short = { $min ->
    [one] Используйте не менее { $min } символа.
   *[other] Используйте не менее { $min } символов.
}
error-code-password_is_email = Не используйте адрес электронной почты в качестве пароля.
error-code-duplicate_email = Для этого адреса уже существует учетная запись.
error-code-token_invalid = Эта ссылка недействительна. Запросите новую.
error-code-token_used = Эта ссылка уже была использована. Запросите новую.
error-code-token_expired = Срок действия этой ссылки истек. Запросите новую.
error-code-invalid_language = Укажите код языка, например en, fr, ar, zh, ru или es.
error-code-unknown_value = Выберите одно из предложенных значений.
error-code-invalid_acronym = Аббревиатура должна начинаться с буквы и содержать только буквы, цифры, точки и дефисы, например WGEC-2013.
error-code-ends_before_start = Дата окончания предшествует дате начала.
error-code-deadline_before_start = Срок представления доклада предшествует дате начала работы органа.
error-code-duplicate_acronym = Эта аббревиатура уже используется другим органом; выберите другую.
error-code-unknown_body = Такого органа нет.
error-code-parent_loop = Орган нельзя включить в состав его самого или одной из его подгрупп.
error-code-unknown_country = «{ $code }» не является известным кодом страны; используйте двухбуквенный код ISO 3166-1, например CH или TN.
error-code-out_of_range = Число мест должно составлять от 1 до 500.
error-code-holder_required = Укажите государство, организацию или лицо, которое становится членом.
error-code-observer_without_seat = Наблюдатели не занимают мест; оставьте поле места пустым.
error-code-quota_full = Все места по этой квоте на указанные даты заняты; прекратите одно из текущих членств или выберите другие даты.
error-code-not_eligible = Этот член не может занять место по этой квоте, поскольку относится к другой группе.
error-code-outside_body_dates = Эта дата выходит за пределы сроков работы органа.
error-code-unknown_quota = В этом органе нет таких мест.
error-code-unknown_person = Такого лица нет.
error-code-unknown_organization = Такой организации нет.
error-code-wrong_group = Эта подкатегория относится к другой группе заинтересованных сторон.
error-code-invalid_url = Веб-адрес должен начинаться с https:// или http://.
error-code-invalid_transition = Орган не может перейти в это состояние из своего текущего состояния.
error-code-internal = На нашей стороне произошла ошибка.
error-code-invalid_time = «{ $value }» не является временем; укажите время в формате HH:MM, например 10:00.
error-code-unknown_time_zone = Это не часовой пояс; укажите название, например Europe/Zurich или America/New_York.
error-code-invalid_symbol = «{ $value }» не является условным обозначением документа ООН, таким как E/CN.16/2014/CRP.2.
error-code-duplicate_symbol = Документ с условным обозначением { $value } уже зарегистрирован.
error-code-duplicate_item_number = В повестке дня уже есть пункт { $value }.
error-code-unknown_document = В реестре органа нет документа { $value }.
error-code-agenda_adopted = Повестка дня уже утверждена.
error-code-registration_closed = Регистрация на это заседание не открыта.
error-code-duplicate_registration = Этот адрес уже зарегистрирован на это заседание.
error-code-over_cap = Все места для наблюдателей на этом заседании заняты.
error-code-seats_below_members = Одновременно места по этой квоте занимают членов: { $count }; сначала прекратите часть членства или сделайте квоту ориентировочной.

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

# Document files, following, members at meetings.
language-ar = арабский
language-zh = китайский
language-en = английский
language-fr = французский
language-ru = русский
language-es = испанский
size-bytes = { $count } байт
size-kb = { $count } КБ
size-mb = { $count } МБ
error-no-document = Документа с идентификатором «{ $id }» не существует.
error-no-file = Файла с идентификатором «{ $id }» не существует.
error-no-membership = Членства с идентификатором «{ $id }» не существует.
document-following = Вы следите за этим документом: вы получите письмо, когда будет выпущена новая версия.
document-follow = Следить за документом
document-unfollow = Перестать следить
document-follow-sign-in = Войдите, чтобы следить за этим документом и узнавать о его исправлениях.
document-versions-heading = Версии и файлы
files-none = К этой версии не приложено ни одного файла.
files-caption = Файлы документа { $symbol }
col-language = Язык
col-file = Файл
col-size = Размер
col-sha256 = SHA-256
files-upload = Приложить файл к документу { $symbol }
field-file = Файл
field-file-hint = PDF, Word (DOCX) или OpenDocument (ODT), не более 20 МБ. Тип определяется по содержимому, а не по имени.
files-submit = Приложить файл
audit-document-attach_file = Файл приложен
audit-meeting-register_member = Член зарегистрирован
audit-meeting-member_attendance = Присутствие отмечено
error-code-file_empty = Файл пуст.
error-code-file_too_large = Файл больше { $limit } МБ.
error-code-file_type_unknown = Файл не является документом PDF, Word (DOCX) или OpenDocument (ODT).
error-code-file_type_mismatch = Файл назван .{ $claimed }, но по содержимому это документ { $kind }.
error-code-language_not_issued = Документ не выпущен на этом языке; сначала добавьте язык в документ.
error-code-meeting_over = Это заседание завершено; состав его участников больше не меняется.
error-code-not_a_member = Как члены регистрируются только члены, работающие в день заседания.
error-code-not_registered = Этот член не зарегистрирован на заседание.
roster-heading = Члены
roster-none = В день этого заседания ни один член не работает в органе.
roster-caption = Члены, работающие в день заседания, и их делегации
col-group = Группа
col-delegation = Делегация
col-attendance = Присутствие
roster-delegation-of = Делегация: { $member }
roster-register = Зарегистрировать
roster-not-registered = Не зарегистрирован
mail-revised-subject = Новая версия документа { $base }: { $symbol }
mail-revised-body =
    Здравствуйте, { $name }!

    Выпущена новая версия документа, за которым вы следите: { $symbol }, { $title }.

    Все его версии и файлы находятся на его странице:

    { $link }

# Topics of a body's work.
topics-heading = Темы
topics-none = Темы пока не предложены.
topics-caption = Темы работы органа { $body }
col-decision = Решение
topic-propose = Предложить тему
topic-new = Новая тема для { $name }
topic-decide = Записать решение
topic-decide-title = Решение по теме «{ $title }»
topic-decision = { $date }, { $meeting }: { $basis } (записал(а) { $by })
topic-decision-outside-meeting = { $date }: { $basis } (записал(а) { $by })
topic-state-proposed = Предложена
topic-state-agreed = Согласована
topic-state-not_retained = Не принята
field-decision = Решение
field-decided-on = Дата решения
field-basis = Основание решения
field-item-topic = Рассматриваемая тема
agenda-item-topic = тема
error-no-topic = Темы с идентификатором «{ $id }» не существует.
error-code-topic_decided = Орган уже принял решение по этой теме.
audit-topic-create = Тема предложена
audit-topic-decide = Решение по теме записано

# Calls for input, responses and receipts.
calls-heading = Запросы материалов
call-create = Новый запрос материалов
calls-none = Запросов материалов нет.
calls-caption = Запросы материалов органа { $body }
call-deadline = Срок
call-state-draft = Проект
call-state-open = Открыт
call-state-closed = Закрыт
call-state-compiled = Обобщён
call-move-open = Открыть запрос
call-move-closed = Закрыть запрос
call-move-compiled = Отметить ответы как обобщённые
call-move-label = Изменить статус запроса
audience-confirmed_email = Любой пользователь с подтверждённым адресом электронной почты
audience-signed_in = Пользователи, выполнившие вход
audience-members = Только члены органа
publication-with_consent = Публикуются с согласия респондента; в противном случае только учитываются в подсчёте
publication-aggregate_only = Используются только в обобщённом виде
question-kind-free_text = Свободный текст
question-kind-single_choice = Один вариант
question-kind-multiple_choice = Несколько вариантов
field-opens-on = Дата открытия
field-closes-on = Дата закрытия
field-closes-time = Время закрытия
field-closes-time-hint = По часовому поясу запроса; если поле не заполнено, 23:59.
field-audience = Кто может отвечать
field-consent-text = Согласие
field-publication = Публикация
call-new = Новый запрос материалов органа { $name }
error-no-call = Запроса материалов с идентификатором «{ $id }» не существует.
error-no-response = Ответа с регистрационным номером «{ $id }» не существует.
call-extensions = Продления срока
call-extension = Продлён до { $to } (ранее: { $from }): { $reason }
call-answer = Ответить на этот запрос
call-extend = Продлить срок
call-extend-title = Продлить срок запроса «{ $title }»
question-add = Добавить вопрос
question-new = Новый вопрос к запросу «{ $title }»
questions-heading = Вопросы
questions-none = Вопросов пока нет.
question-word-limit = максимум слов: { $count }
question-required = обязательный
field-question-label = Номер
field-question-label-hint = Как в печатном тексте: 2 или 2 a) для подпункта.
field-question-text = Дословный текст вопроса
field-question-kind = Форма ответа
field-options = Варианты
field-options-hint = Для вопроса с выбором ответа: по одному варианту в строке.
field-word-limit = Ограничение по числу слов
field-required = Ответ обязателен
field-analytic-group = Аналитическая группа
field-analytic-group-hint = Вопросы одной группы анализируются вместе, например «Группа 1».
respondent-kind-person = Физическое лицо
respondent-kind-organization = Организация
respondent-kind-government = Правительство
respond-title = Ваш ответ
respond-deadline = Ответы принимаются до { $deadline }. До этого срока вы можете сохранить черновик и редактировать свой ответ; все представленные вами версии сохраняются.
respond-draft-saved = Черновик сохранён. Он ещё не представлен.
respond-submitted = Версия { $version } ответа { $reference } представлена.
respond-receipts = Посмотреть подтверждения получения
respond-who = Кто отвечает
field-respondent-kind = Вы отвечаете как
field-respondent-name = Имя или наименование
field-respondent-name-hint = Ваше имя или наименование организации или правительства, от имени которых вы отвечаете.
field-country-hint = Двухбуквенный код, например BR или KE.
field-response-lang = Язык ответа
respond-consent = Согласие
field-consent-publish = Я согласен(на) на публикацию этого ответа.
field-consent-cite = Я согласен(на) на цитирование с указанием моего имени.
respond-versions-kept = После представления ответа вы получите подтверждение получения с регистрационным номером и цифровым отпечатком (SHA-256) именно того, что было получено.
respond-submit = Представить
respond-save-draft = Сохранить как черновик
receipt-title = Подтверждение получения ответа
receipt-lead = Ваш ответ получен и зарегистрирован. Сохраните это подтверждение: его цифровой отпечаток позволяет доказать, что именно вы отправили.
receipt-caption = Полученные версии ответа { $reference }
col-version = Версия
col-received = Получено (UTC)
col-ledger-entry = Запись в реестре
receipt-verify = Любой может сверить подтверждение получения с публичным реестром:
receipt-ledger = Скачать публичный реестр (строки JSON)
receipt-edit = Изменить ответ (новая версия с новым подтверждением получения)
mail-receipt-subject = Подтверждение получения { $reference }: { $title }
mail-receipt-body =
    Здравствуйте, { $name }!

    Ваш ответ на запрос «{ $title }» получен.

    Регистрационный номер: { $reference }
    Версия: { $version }
    SHA-256 полученного содержимого: { $hash }

    Подтверждение получения и публичный реестр, в котором оно зарегистрировано:

    { $link }
error-code-call_not_draft = Вопросы задаются, пока запрос находится в статусе проекта; сейчас запрос уже не в этом статусе.
error-code-call_without_questions = Запрос можно открыть, только если в нём есть хотя бы один вопрос.
error-code-call_closed = Этот запрос сейчас не принимает ответы: он не открыт или его срок истёк.
error-code-answer_required = На этот вопрос необходимо ответить.
error-code-over_word_limit = Число слов в ответе: { $words }; предельное число: { $limit }.
error-code-too_few_options = Для вопроса с выбором ответа нужно не менее двух вариантов, по одному в строке.
error-code-not_later = Продление должно переносить срок на более позднюю дату.
audit-call-create = Запрос материалов создан
audit-call-question = Вопрос добавлен
audit-call-state = Статус запроса изменён
audit-call-extend = Срок продлён
error-bad-encoding = Форма содержит текст не в допустимой кодировке UTF-8. Ничего не сохранено; отправьте её снова со страницы.

# Publication and review of responses.
responses-heading = Ответы
responses-counts = Подсчёт ответов
responses-received = Получено
responses-published = Опубликовано
responses-withheld = Не опубликовано (нет согласия на публикацию либо ответ используется только в обобщённом виде)
responses-hidden = Скрыто при модерации
responses-none = Нет ответов для отображения.
responses-all = Все полученные ответы
responses-published-list = Опубликованные ответы
responses-by-question = Ответы по вопросам
response-anonymous = Респондент ({ $group }, { $country })
response-withheld = не опубликовано
response-hidden-because = Скрыт: { $reason }
col-reference = Регистрационный номер
col-respondent = Респондент
channel-heading = Способ получения
channel-web = Онлайн-форма
channel-email = Электронная почта
channel-paper = На бумажном носителе
channel-import = Импорт
errata-heading = Исправления
erratum = Ответ { $reference }, { $date }: в поле «{ $field }» значение «{ $before }» исправлено на «{ $after }». Причина: { $reason }
corrected-field-name = имя или наименование
corrected-field-organization = организация
corrected-field-stakeholder_group = группа заинтересованных сторон
corrected-field-sub_category = подкатегория
corrected-field-country = страна
response-title = Ответ
response-answers = Ответы на вопросы
response-review = Рассмотрение секретариатом
response-correct = Исправить сведения о респонденте или категорию
field-corrected = Что исправить
field-corrected-value = Правильное значение
field-corrected-value-hint = Имя или наименование, код группы заинтересованных сторон (например civil_society), код подкатегории или двухбуквенный код страны.
response-hide = Скрыть этот ответ
response-show = Снова показать этот ответ
question-answers-count = Опубликовано ответов: { $count }.
question-answers-withheld = Кроме того, учтено, но не опубликовано ответов: { $count }.
error-code-unchanged = Новое значение совпадает с прежним.
audit-response-correct = Ответ исправлен (опубликовано исправление)
audit-response-hide = Ответ скрыт
audit-response-show = Ответ снова показан
record-title = Зарегистрировать ответ, полученный по электронной почте или на бумаге
record-lead = Ответ регистрируется в полученном виде, с приложенным оригиналом, и вносится в реестр, как любой другой; вы получаете подтверждение, чтобы переслать его.
record-how = Способ получения
field-received-on = Дата получения
field-sender-email = Адрес электронной почты отправителя
field-sender-email-hint = Необязательно: адрес, на который можно отправить подтверждение.
field-original = Оригинал в полученном виде
record-submit = Зарегистрировать ответ
response-files = Полученные файлы
audit-call-record_response = Ответ зарегистрирован секретариатом
respond-attachments = Файлы
respond-add-files = Приложить файлы (каждый войдёт в версии, которые вы отправите с этого момента)
error-code-too_many_files = Максимальное число файлов в ответе: { $limit }.

# Importing responses.
import-title = Импорт ответов из файла
import-lead = Загрузите файл CSV или JSON с ответами, полученными другими способами. Сначала проверяется каждая строка: если хотя бы в одной строке есть ошибка, ничего не импортируется и выводится список всех ошибок.
import-file = Файл CSV или JSON
import-file-hint = CSV: строка заголовков со столбцами kind, name, stakeholder_group, country, lang, consent_publish, consent_cite, email, received_on и по одному столбцу на каждый вопрос с номером вопроса в заголовке, например 2 a). JSON: массив объектов с теми же ключами, где ответы на вопросы находятся в поле «answers».
import-check = Проверить файл
import-problems = Обнаружено ошибок: { $count }. Ничего не импортировано.
import-problems-caption = Ошибки по строкам
import-whole-file = Файл в целом
import-preview = Все строки прошли проверку. Ответов, готовых к импорту: { $count }.
import-confirm = Импортировать ответы (всего: { $count })
import-preview-caption = Что будет импортировано
col-row = Строка
col-answers = Ответы на вопросы
col-field = Поле
col-problem = Ошибка
error-code-import_format = Загрузите файл в формате .csv или .json.
error-code-invalid_flag = Укажите «yes» или «no».
error-code-broken_row = Не удаётся прочитать эту строку: число столбцов в ней не совпадает с числом столбцов в заголовке.
error-code-unreadable_file = Файл не удаётся прочитать ни как CSV со строкой заголовков, ни как массив JSON с ответами.
error-code-invalid_encoding = Файл не является допустимым текстом в кодировке UTF-8.
error-code-empty_file = В файле нет ни одного ответа.
error-code-too_many_rows = Пакет может содержать не более 10 000 ответов.
error-code-already_imported = Этот пакет уже импортирован.
audit-call-import = Ответы импортированы из файла

# Joint submissions.
field-signatories = Соподписанты совместного ответа
field-signatories-hint = По одному соподписанту в строке, например: Ana Silva <ana@example.org> или Ana Silva, Instituto Nupef <ana@example.org>. Каждому будет направлено письмо по электронной почте с просьбой подтвердить подпись.
signatories-heading = Соподписанты
signatory-confirmed = подпись подтверждена
signatory-waiting = ожидается подтверждение
signature-title = Подтверждение подписи
signature-lead = { $name }, вы указаны в качестве соподписанта ответа { $reference } на запрос «{ $title }».
signature-confirm = Подтверждаю, что подписываю этот ответ
signature-confirmed = Ваша подпись подтверждена. Спасибо.
error-signature-token = Эта ссылка для подтверждения недействительна. Воспользуйтесь ссылкой из последнего письма.
error-code-invalid_signatory = Строка { $line }: укажите имя и адрес, например Ana Silva <ana@example.org>.
error-code-too_many_signatories = Максимальное число соподписантов одного ответа: { $limit }.
audit-response-confirm_signature = Подпись соподписанта подтверждена
mail-signature-subject = Просим подтвердить подпись: { $title }
mail-signature-body =
    Здравствуйте, { $name }!

    Респондент { $respondent } представил ответ { $reference } на запрос «{ $title }» и указал вас в числе соподписантов.

    Чтобы подтвердить свою подпись, перейдите по этой ссылке и нажмите кнопку:

    { $link }

    Если вы не давали согласия подписать этот ответ, просто проигнорируйте это письмо: вы не будете указаны в числе подтвердивших подпись.
error-busy-title = Временная перегрузка
error-busy = Concord сейчас получает больше, чем успевает записать. Ничего не сохранено: подождите секунду и отправьте форму снова.
error-unavailable-title = Временно недоступно
error-unavailable = База данных сейчас недоступна или не может выполнять запись. Ничего не изменено: повторите попытку через несколько секунд.
error-too-many-title = Слишком много запросов
error-too-many = Этот запрос отправлялся слишком часто. Повторите попытку через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
   *[other] { $minutes } минут
}.

## Переговорные тексты
texts-heading = Переговорные тексты
texts-none = Переговорных текстов пока нет.
texts-caption = Переговорные тексты органа { $body }
text-new-link = Создать переговорный текст
text-new = Новый переговорный текст органа { $name }
text-create = Создать текст
field-kind = Вид текста
field-notation = Текст в редакционной разметке
field-notation-help = Один пункт на блок, блоки разделяются пустой строкой: «OP5 bis. Текст» или «OP6.», за которым следуют строки «Alt 1: …», «Alt 2: …». В квадратные скобки заключается еще не согласованный текст; сразу после квадратной скобки в фигурных скобках указывается, кто, когда и почему его предложил: [текст]{"{"}ЕС; 2017-09-26; обоснование{"}"}. Заголовок начинается с «## ».
field-note = Что изменено
text-kind-zero_draft = Нулевой проект
text-kind-non_paper = Неофициальный документ
text-kind-compilation = Подборка
text-kind-chairs_text = Текст Председателя
text-kind-facilitators_text = Текст координатора
text-kind-rolling = Сводный рабочий текст
text-kind-final = Окончательный текст
text-version = Версия { $version }
text-state-caption = Состояние текста (версия { $version })
text-state-paragraphs = Пункты
text-state-clean = Пункты без квадратных скобок
text-state-open = Пункты с квадратными скобками или альтернативными вариантами
text-state-brackets = Квадратные скобки
text-edit = Изменить текст
text-edit-title = Изменение текста «{ $title }»
text-save = Сохранить новую версию
text-versions = Все версии
text-versions-title = Версии текста «{ $title }»
text-versions-caption = Все версии текста «{ $title }», начиная с самой ранней
text-download = Скачать текст (обычный текст, редакционная разметка)
text-compare = Сравнить с предыдущей версией
text-compare-title = «{ $title }»: сравнение версии { $from } с версией { $to }
text-compare-none = Эти две версии совпадают.
text-compare-added = Пункт добавлен
text-compare-removed = Пункт удален
text-stale = Пока вы редактировали версию { $base }, кто-то сохранил версию { $current }. Ваши изменения не потеряны: ваш текст приведен ниже. Сравните его с версией { $current }, перенесите нужное и сохраните снова.
text-stale-changes = Что изменилось в версии { $current } по сравнению с версией { $base }
text-alternative = Alt { $number }:
bracket-open = начало текста в квадратных скобках; автор предложения: { $sponsor }
bracket-open-unattributed = начало текста в квадратных скобках
bracket-close = конец текста в квадратных скобках
bracket-reason = Автор предложения: { $sponsor }; обоснование: { $reason }
diff-deleted = удалено:
diff-inserted = вставлено:
diff-end = конец изменения
col-version-number = Версия
col-saved-by = Кем сохранено
col-saved-at = Когда сохранено
col-note = Что изменено
error-no-text = Переговорный текст с идентификатором «{ $id }» не найден.
error-no-version = У этого текста нет версии { $id }.
audit-text-create = Переговорный текст создан
audit-text-revise = Новая версия переговорного текста сохранена
error-code-unclosed_bracket = Строка { $line }, символ { $column }: эта скобка [ нигде не закрыта.
error-code-unopened_bracket = Строка { $line }, символ { $column }: эта скобка ] не закрывает ни одной скобки (чтобы ввести сам символ, напишите \]).
error-code-bad_annotation = Строка { $line }, символ { $column }: фигурные скобки после квадратной скобки содержат не более трех элементов, {"{"}автор; дата; обоснование{"}"}, и должны быть закрыты.
error-code-bad_date = Строка { $line }, символ { $column }: дата в фигурных скобках должна иметь вид 2017-09-26.
error-code-stray_brace = Строка { $line }, символ { $column }: фигурная скобка ставится сразу после закрывающей квадратной скобки (чтобы ввести сам символ, напишите \{"{"} или \{"}"}).
error-code-alternative_out_of_order = Строка { $line }: альтернативные варианты нумеруются по порядку: Alt 1, Alt 2…
error-code-alternatives_with_text = Строка { $line }: у пункта после номера идет либо текст, либо альтернативные варианты, но не то и другое одновременно.
error-code-empty_paragraph = Строка { $line }: в этом пункте нет текста.
error-code-too_deep = Строка { $line }, символ { $column }: скобки могут быть вложены не более чем на 32 уровня.
error-code-empty_alternative = Строка { $line }: в этом варианте нет текста.
error-code-unstable_notation = Этот текст нельзя сохранить в таком виде; проверьте скобки и варианты.
error-code-duplicate_number = Строка { $line }: у двух пунктов одинаковый номер.
error-code-text_outside_paragraph = Строка { $line }: этот текст не относится ни к одному пункту; начните его с номера, например OP1.
error-code-bad_number = Строка { $line }: это не номер пункта (например, OP5, PP3 или OP5 bis).
error-code-empty_heading = Строка { $line }: в этом заголовке нет текста.
error-code-text_before_alternative = Строка { $line }: альтернативные варианты начинаются с «Alt 1:».
error-code-stale_version = Кто-то сохранил версию { $current } после версии { $base }, которую вы редактировали.

## От квадратных скобок к решению
paragraph-status-open = Обсуждается
paragraph-status-ad_ref = Согласовано ad referendum
paragraph-status-agreed_pending = Согласовано при условии подтверждения
paragraph-status-agreed = Согласовано
paragraph-status-closed = Закрыто
stance-support = Поддержка
stance-can_live = Может согласиться
stance-reservation = Оговорка
stance-objection = Официальное возражение
text-outcome-adopted = Решение принимается
text-outcome-no_consensus = Консенсус не достигнут
text-method-declared = объявлено Председателем
text-method-silence = по завершении процедуры молчания
silence-state-running = Идет процедура молчания
silence-state-broken = Молчание нарушено
silence-state-passed = Молчание не нарушено
silence-running = Версия { $version } этого текста распространена в рамках процедуры молчания до { $deadline }. Любое официальное возражение члена, высказанное до этого срока, нарушает молчание.
silence-deadline = до { $deadline }, версия { $version }
silence-broken-by = нарушено: { $holder }
text-status-pending = ожидается подтверждение: { $delegation }
text-on-version = версия { $version }
text-body-heading = Текст
text-chart-bar = Версия { $version }: всего пунктов — { $paragraphs }; согласовано — { $agreed }; согласовано ad referendum или при условии подтверждения — { $adref }; с квадратными скобками или альтернативными вариантами — { $bracketed }.
text-chart-reading = Чтение { $number } ({ $title }) началось с этой версии.
text-chart-title = Продвижение текста к согласию по версиям
text-chart-other = Без квадратных скобок, еще не согласованы
text-sections-caption = Состояние каждого раздела
text-section = Раздел
text-section-untitled = До первого заголовка
text-state-agreed = Согласованы или закрыты
text-state-ad-ref = Согласованы ad referendum или при условии подтверждения
text-whole = Текст в целом
text-group-none = Не указано
text-positions = Позиции
text-positions-by-group = Позиции по региональным группам и группам заинтересованных сторон
text-status-heading = Продвинуть пункт к согласованию
text-status-save = Записать статус
text-position-save = Записать позицию
text-decision-heading = Решение
text-no-decision = Решение пока не записано.
text-decision-save = Записать решение
text-silence-start = Распространить в рамках процедуры молчания
field-paragraph = Пункт
field-status = Статус
field-pending = Делегация, подтверждение которой ожидается (для статуса «Согласовано при условии подтверждения»)
field-seat = Место
field-stance = Позиция
field-outcome = Итог
field-silence-deadline = Окончание процедуры молчания (UTC)
field-silence-deadline-help = Не менее 72 часов с текущего момента. Члены уведомляются по электронной почте; любое официальное возражение, высказанное до этого срока, нарушает молчание, а по истечении срока текст принимается автоматически.
text-positions-title = Позиции по тексту «{ $title }»
text-positions-observers = Позиции наблюдателей записываются, но не могут блокировать консенсус.
text-positions-none = Позиции пока не высказаны.
text-positions-by-region = По региональным группам
text-positions-by-stakeholder = По группам заинтересованных сторон
text-positions-list = Все действующие позиции
field-regional-group = Региональная группа
field-stakeholder-group = Группа заинтересованных сторон
text-recorded = Записано
text-observer-cannot-block = наблюдатель: не может блокировать
mail-silence-subject = Процедура молчания до { $deadline }: { $title }
mail-silence-body = Здравствуйте, { $name }!

    Версия { $version } текста «{ $title }» распространена в рамках процедуры молчания до { $deadline }.

    Если у вашей делегации нет возражений, ничего делать не нужно: по истечении срока текст будет принят. Любое официальное возражение, зарегистрированное до этого срока, нарушает молчание.

    Ознакомьтесь с текстом и запишите позицию: { $link }
mail-silence-passed-subject = Принято в рамках процедуры молчания: { $title }
mail-silence-passed-body = Здравствуйте, { $name }!

    Молчание не было нарушено: версия { $version } текста «{ $title }» считается принятой с { $deadline }.

    { $link }
error-code-no_such_paragraph = В тексте нет пункта { $paragraph }.
error-code-status_unchanged = Пункт уже имеет этот статус.
error-code-reopen_reason_required = Укажите, почему пункт вновь открывается для обсуждения.
error-code-status_backwards = Чтобы вернуться назад, сначала вновь откройте пункт для обсуждения, указав причину.
error-code-paragraph_bracketed = Пункт с квадратными скобками или альтернативными вариантами не может быть согласован; сначала урегулируйте их в тексте.
error-code-close_unagreed = Закрыть можно только согласованный пункт.
error-code-pending_required = Укажите делегацию, подтверждение которой ожидается.
error-code-position_reason_required = Укажите основание для оговорки или официального возражения.
error-code-text_still_bracketed = В следующих пунктах еще остаются квадратные скобки или альтернативные варианты: { $paragraphs }.
error-code-formal_objection_stands = Остается в силе официальное возражение: { $holders }.
error-code-silence_too_short = Процедура молчания длится не менее { $hours } ч.
error-code-text_adopted = Текст принят; изменить его больше нельзя.
error-code-under_silence = К тексту применяется процедура молчания; до ее окончания текст не изменяется.
error-code-seat_not_of_body = Это место не относится к данному органу.
error-code-secretariat_takes_no_position = Секретариат обслуживает орган и не занимает позиций.
error-code-paragraph_agreed = Пункт { $paragraph } согласован; прежде чем менять его формулировку, вновь откройте его для обсуждения, указав причину.
error-code-invalid_datetime = Укажите дату и время, например 2017-01-24 18:00.
audit-text-paragraph-status = Статус пункта записан
audit-text-position = Позиция записана
audit-text-decide = Решение записано
audit-text-silence-start = Текст распространен в рамках процедуры молчания
audit-text-silence-broken = Молчание нарушено
audit-text-silence-passed = Молчание не нарушено: текст принят

## Поправки
text-amendments = Поправки
amendments-title = Поправки к тексту «{ $title }»
amendments-count = { $count ->
    [0] Поправки пока не предлагались.
    [one] { $count } поправка, с разбивкой по пунктам.
    [few] { $count } поправки, с разбивкой по пунктам.
    [many] { $count } поправок, с разбивкой по пунктам.
   *[other] { $count } поправки, с разбивкой по пунктам.
}
amendment-kind-insert = Новый пункт после данного
amendment-kind-delete = Исключение
amendment-kind-replace = Замена
amendment-handling-incorporated = Включена в текст
amendment-handling-bracketed = Заключена в квадратные скобки
amendment-handling-merged = Объединена
amendment-handling-not_retained = Не учтена
amendment-handling-pending = Председатель еще не принял решения по поправке.
amendment-co-sponsors = Соавторы: { $names }
amendment-reason = Обоснование: { $reason }
amendment-proposed-on = Предложена к тексту:
amendment-handle = Записать решение по поправке
amendment-propose-heading = Предложить поправку
amendment-propose = Внести поправку
field-handling = Решение по поправке
field-amendment-kind = Вид поправки
field-proposed = Предлагаемая формулировка
field-proposed-help = Новая формулировка пункта или текст нового пункта; при исключении оставьте поле пустым. Квадратные скобки можно использовать так же, как в редакционной разметке.
field-co-sponsors = Соавторы
error-no-amendment = Поправка с идентификатором «{ $id }» не найдена.
error-code-deletion_has_no_words = При исключении формулировка не предлагается; выберите вместо этого замену.
error-code-handling_reason_required = Укажите, почему поправка не учтена или с чем она объединена.
audit-text-amendment = Поправка предложена
audit-text-amendment-handling = Решение по поправке записано

## Чтения и замечания
text-comments = Замечания
readings-heading = Чтения
readings-none = Ни одно чтение пока не открыто.
reading = Чтение
reading-version = Рассматриваемая версия
reading-taken-up = Рассматривается на
reading-window = Прием замечаний
reading-comments = Замечания
reading-nowhere = Без привязки к заседанию
reading-agenda-item = { $meeting }, пункт { $number }: { $title }
reading-open = Открыть чтение
field-comments-open = Первый день приема замечаний
field-comments-close = Последний день приема замечаний
field-comment-visibility = Кто читает замечания
comment-visibility-public = Для всех
comment-visibility-members = Только для членов
comments-title = Замечания по тексту «{ $title }»
comments-none = Замечаний пока нет.
comments-closed = Сегодня прием замечаний не открыт.
comments-members-only = Открытый сейчас прием замечаний предназначен только для членов органа.
comments-sign-in = Чтобы оставить замечание, войдите с подтвержденной учетной записью.
comments-open = Прием замечаний открыт ({ $title }) до { $until }.
comment-add-heading = Замечание
comment-add = Отправить замечание
field-comment = Ваше замечание
field-hide-reason = Причина скрытия
comment-hide = Скрыть
comment-hidden = Скрыл(а) { $by }, { $at }: { $reason }
error-no-comment = Замечание с идентификатором «{ $id }» не найдено.
error-code-window_ends_before_start = Прием замечаний заканчивается раньше, чем начинается.
error-code-window_incomplete = Укажите и первый, и последний день приема замечаний либо не указывайте ни тот, ни другой.
error-code-meeting_of_another_body = Это заседание не относится к данному органу.
error-code-comments_closed = Сегодня прием замечаний по этому тексту не открыт.
audit-text-reading = Чтение открыто
audit-text-comment = Замечание представлено
audit-text-comment-hide = Замечание скрыто

## Карты мнений
opinion-heading = Карты мнений
opinion-new-link = Открыть карту мнений
opinion-none = Карт мнений пока нет.
opinion-new = Новая карта мнений органа { $name }
opinion-create = Открыть карту мнений
field-question = Вопрос, поставленный перед участниками
opinion-totals = Участников: { $participants }, поданных голосов: { $votes }, утверждений: { $statements }.
opinion-map-heading = Карта
opinion-map-title = Участники, расположенные по тому, как они голосовали; цвет обозначает группу
opinion-map-summary = Участников, проголосовавших по достаточному числу утверждений, чтобы попасть на карту: { $participants }; число групп, на которые они делятся: { $groups } ({ $sizes }).
opinion-map-too-few = Голосов пока недостаточно, чтобы построить карту.
opinion-group = Группа { $letter }
opinion-members = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
opinion-agreed = Согласных в группе: { $percent }%
opinion-disagreed = Несогласных в группе: { $percent }%
opinion-percent = { $percent }%
opinion-nothing-distinctive = Пока ничто не отличает эту группу от других.
opinion-bridging = В чем согласны все группы
opinion-bridging-help = Утверждения упорядочены по консенсусу с учетом групп: произведению вероятностей согласия каждой из групп. Отсюда может начинаться текст, сближающий группы.
opinion-by-stakeholder = Согласие по заявленным группам заинтересованных сторон (20 утверждений, по которым группы расходятся сильнее всего, в этом порядке)
opinion-by-region = Согласие по заявленным региональным группам (20 утверждений, по которым региональные группы расходятся сильнее всего, в этом порядке)
opinion-statement = Утверждение
opinion-divergence = Расхождение
opinion-export-help = в формате экспорта Pol.is.
opinion-statements-heading = Утверждения
opinion-no-statements = Утверждений пока нет.
opinion-counts = согласны: { $agree }, не согласны: { $disagree }, пропустили: { $pass }
opinion-about-you = О вас (необязательно): учитывается по группам, имена никогда не показываются
opinion-not-said = Не указано
opinion-unmoderated = еще не проверено модераторами
opinion-agree = Согласен(на)
opinion-disagree = Не согласен(на)
opinion-pass = Пропустить / не уверен(а)
opinion-vote = Сохранить мои голоса
opinion-sign-in = Чтобы голосовать и предлагать утверждения, войдите с подтвержденной учетной записью.
opinion-moderation = Модерация
opinion-rejected = Отклонено
opinion-accept = Принять
opinion-reject = Отклонить
opinion-moderate = Записать
field-moderation = Решение
field-statement = Новое утверждение
field-statement-help = Одна мысль в одном-двух предложениях, с которой другие могут согласиться или не согласиться (не более 500 символов).
opinion-add-statement = Добавить утверждение
opinion-import-heading = Загрузить экспорт Pol.is
opinion-import-help = Загрузите в эту пустую карту мнений файлы comments.csv и votes.csv из экспорта беседы Pol.is. Ничего не загружается, пока оба файла не будут прочитаны без ошибок.
opinion-import = Загрузить экспорт
error-no-conversation = Карта мнений с идентификатором «{ $id }» не найдена.
error-code-rejection_reason_required = Укажите, почему утверждение отклонено.
error-code-statement_rejected = Это утверждение отклонено модераторами.
error-code-conversation_not_empty = Загрузите экспорт в новую карту мнений: в этой уже есть утверждения.
error-code-vote_on_unknown_statement = Один из голосов относится к утверждению { $statement }, которого нет в файле комментариев.
error-code-polis_file_unreadable = Файл не соответствует формату экспорта Pol.is: { $detail }
error-code-no_vote = Ответьте хотя бы на одно утверждение.
audit-conversation-create = Карта мнений открыта
audit-conversation-statement = Утверждение добавлено в карту мнений
audit-conversation-moderate = Утверждение прошло модерацию
audit-conversation-import = Экспорт Pol.is загружен

## Статистика ответов
stat-heading = Статистика ответов
stat-help = Каждый полученный ответ учитывается один раз в каждой таблице, включая неопубликованные; поэтому итог каждой таблицы равен числу полученных ответов, а каждое число ведёт к списку стоящих за ним ответов (для общественности — только опубликованных).
stat-dimension-group = Группа заинтересованных сторон
stat-dimension-sub_category = Подкатегория
stat-dimension-region = Региональная группа
stat-dimension-country = Страна
stat-dimension-ldc = Наименее развитая страна
stat-dimension-language = Язык
stat-dimension-channel = Способ получения
stat-caption = Получено ответов: { $total }
stat-responses = Ответы
stat-share = Доля
stat-total = Всего
stat-chart = Столбчатая диаграмма к таблице выше: ответы в разбивке по признаку «{ $dimension }»
stat-not-stated = Не указано
stat-ldc-yes = Наименее развитая страна
stat-ldc-no = Другая страна
stat-dimension-developing = Развивающаяся страна
stat-developing-yes = Развивающаяся страна
stat-developing-no = Развитая страна
responses-filtered = Только ответы, учтённые по признаку «{ $dimension }»: { $value }
responses-all-link = Все ответы
error-bad-filter = Этот список нельзя отфильтровать таким образом.
question-grouped-by = Группировка:
campaigns-heading = Кампании среди опубликованных ответов
campaigns-in-full = Почти одинаковые ответы сгруппированы в кампании; ниже каждый ответ показан и учтен полностью.
campaigns-collapsed = Ниже каждая кампания показана один раз с числом объединенных в нее ответов; итоги выше по-прежнему учитывают каждый ответ.
campaigns-collapse = Показать каждую кампанию один раз
campaigns-show-all = Показать все ответы
campaign-summary = Кампания { $number }: ответов — { $size }, вариантов — { $variations }
campaign-senders = Отправители: { $senders }
campaign-member = Входит в кампанию { $number }
campaign-folded = и еще ответов той же кампании: { $count }
stat-campaigns-in-full = Учитывается каждый ответ, в том числе входящие в кампании почти одинаковых ответов.
stat-campaigns-collapse = Учитывать каждую кампанию один раз
stat-campaigns-collapsed = Каждая кампания почти одинаковых ответов учитывается один раз; ответов, объединенных в свою кампанию: { $folded }.
stat-campaigns-count-all = Учитывать каждый ответ
stat-caption-collapsed = Учтено ответов (каждая кампания один раз): { $total }
issues-heading = Поднятые вопросы
issues-help = Вопросы международной государственной политики, поднятые в ответах; каждый записан по точным фрагментам, в которых он поднят. Все числа — это число ответов, каждый учитывается один раз по каждому вопросу, включая неопубликованные.
issues-how-to-record = Чтобы записать вопрос, откройте ответ и выберите «Записать вопрос из этого ответа» под текстом ответа.
issues-areas = Общие области
issues-all-areas = Все области
issues-count = { $count ->
    [0] Ни один вопрос ещё не записан.
    [one] { $count } вопрос.
    [few] { $count } вопроса.
   *[other] { $count } вопросов.
}
col-issue = Вопрос
col-area = Общая область
issues-duplicates = Вероятные дубликаты
issues-merged = Вопросы, объединённые с другими
issue-merged-into = Этот вопрос объединён с { $issue }; его источники учитываются там.
issue-no-area = Не отнесён ни к одной области
issue-recorded-by = Записал(а)
issue-merged-from = Объединены с ним
issue-sources = Фрагменты, в которых он поднят
issue-sources-elsewhere = Его фрагменты перечислены в вопросе, с которым он объединён.
issue-source-question = вопрос { $question }
issue-source-recorded-under = записан в { $issue }
issue-source-answer = Прочитать ответ целиком
issue-source-recorded = Записал(а) { $who }
issue-source-withheld = Неопубликованный ответ
issue-area-trail = Области во времени
issue-set-area = Отнести к области
issue-merge = Объединить с другим вопросом
issue-merge-help = При объединении сохраняются все фрагменты обоих вопросов; этот вопрос затем указывает на тот, с которым объединён. Укажите, почему это один и тот же вопрос.
field-merge-into = Сохраняемый вопрос
issue-new-heading = Записать вопрос из этого ответа
issue-likely-duplicates = Уже записанные похожие вопросы
issue-likely-duplicates-help = Добавьте фрагмент к одному из них или всё же запишите новый вопрос.
issue-likeness = сходство { $percent } %
issue-add-to = Добавить фрагмент к { $issue }
field-passage = Фрагмент
field-passage-hint = Скопируйте слова из ответа выше в том виде, в каком они написаны; пробелы и переносы строк могут отличаться.
field-existing-issue = Добавить к существующему вопросу
issue-new-option = Новый вопрос
field-issue-title = Название нового вопроса
issue-record = Записать вопрос
issue-record-anyway = Всё же записать как новый вопрос
issue-record-from-answer = Записать вопрос из этого ответа
error-no-issue = В этом призыве нет вопроса { $id }.
error-no-answer = В ответе «{ $id }» нет письменного ответа на этот вопрос.
error-code-issue_title_required = Дайте новому вопросу название или выберите существующий вопрос.
error-code-issue_merge_self = Вопрос нельзя объединить с самим собой.
error-code-response_not_in_call = Нет ответа на этот призыв с таким номером.
error-code-answer_missing = В этом ответе нет письменного ответа на этот вопрос.
error-code-passage_not_in_answer = Этого фрагмента нет в ответе; скопируйте его в том виде, в каком он написан.
error-code-issue_not_of_call = Этот вопрос не относится к этому призыву.
error-code-issue_merged = Этот вопрос объединён с другим; используйте тот.
audit-call-issue = Вопрос записан из ответа
audit-call-issue_source = Фрагмент добавлен к вопросу
audit-call-issue_merge = Вопросы объединены
audit-call-issue_area = Вопрос отнесён к общей области
themes-heading = Темы
themes-help = Темы предлагаются путём вычислений на основе ответов (слова взвешиваются по тому, насколько они отличают ответ от остальных, а затем группируются); каждая тема поясняется наиболее характерными словами и репрезентативными выдержками. Решение по каждой теме принимают люди: её можно принять, переименовать, объединить с другой, разделить или отложить. Принятыми темами кодируются ответы, и любой, кто участвует в обобщении ответов, может исправить кодирование, указав причину.
themes-scope-question = Вопрос { $question }
themes-scope-call = Весь запрос
theme-state-suggested = Предложена
theme-state-accepted = Принята
theme-state-merged = Объединена
theme-state-split = Разделена
theme-state-set_aside = Отложена
theme-state-superseded = Заменена более поздним предложением
theme-merged-into = Объединена с темой { $theme }
theme-run-state-queued = Темы ожидают расчёта.
theme-run-state-running = Идёт расчёт тем.
theme-run-state-done = Темы рассчитаны.
theme-run-state-failed = Расчёт не удался.
theme-run-done = Последнее предложение: прочитано ответов — { $answers } ({ $scope }), предложено тем — { $themes }.
theme-run-failed = Последний расчёт тем не удался: { $error }
theme-run-refresh = Страница обновляется автоматически до завершения расчёта.
themes-accepted = Принятые темы
themes-none-accepted = Ни одна тема ещё не принята.
themes-accepted-caption = Принятые темы и число ответов, закодированных каждой из них
col-theme = Тема
col-scope = Ответы на
col-theme-words = Характерные слова
col-coded = Закодировано ответов
themes-suggest = Предложить темы
field-theme-scope = Предложить темы по ответам на
themes-suggested = Предложенные темы
theme-members = Ответов в этой группе: { $count }
field-theme-label = Название
theme-accept = Принять
theme-rename = Переименовать
field-theme-merge-into = Объединить с
theme-merge = Объединить
theme-split = Разделить на две
theme-set-aside = Отложить
themes-closed = Объединённые, разделённые или отложенные темы
theme-coded-answers = Ответы, закодированные этой темой
theme-none-coded = Ни один ответ не закодирован этой темой.
theme-correct = Исправить кодирование
theme-correct-help = Закодируйте ответ этой темой или снимите с него эту тему. Исправление сохраняется вместе с указанной вами причиной, и последующие расчёты никогда его не отменяют.
field-response-reference = Регистрационный номер ответа
field-theme-applies = Относится ли тема к ответу?
theme-applies-yes = Да, закодировать ответ этой темой
theme-applies-no = Нет, снять тему с ответа
theme-coded-computed = закодирован путём расчёта
theme-coded-person = закодировал(а) { $who }: { $reason }
error-no-theme = В этом запросе нет темы { $id }.
error-code-theme_not_of_call = Эта тема не относится к этому запросу.
error-code-theme_closed = Эта тема объединена, разделена, отложена или заменена; работайте с темами, которые пришли ей на смену.
error-code-theme_merge_self = Тему нельзя объединить с самой собой.
error-code-theme_split_too_small = Эту тему нельзя разделить: ответов в ней слишком мало или они слишком похожи.
error-code-theme_not_accepted = Кодировать ответы можно только принятой темой; сначала примите её.
error-code-theme_run_busy = Для этого запроса уже идёт расчёт тем; дождитесь его завершения.
error-code-question_not_of_call = Этот вопрос не входит в число вопросов этого запроса.
audit-call-theme_run = Запрошено предложение тем
audit-call-theme_accept = Тема принята
audit-call-theme_rename = Тема переименована
audit-call-theme_set_aside = Тема отложена
audit-call-theme_merge = Темы объединены
audit-call-theme_split = Тема разделена
audit-call-theme_coding = Исправлено кодирование ответа
divergence-heading = Совпадения и расхождения позиций
divergence-help = Для каждого элемента (вопроса или принятой темы) — доля ответов каждой группы, в которых он поднят, и степень расхождения между группами по нему. Расхождение — это дивергенция Йенсена — Шеннона между долями групп (0 — все группы поднимают его одинаково часто; 1 — максимально возможное расхождение); разброс — это разность между наибольшей и наименьшей долей в процентных пунктах. Учитываются все ответы, включая неопубликованные.
divergence-by-group = По группам заинтересованных сторон
divergence-by-region = По региональным группам
divergence-nothing = Пока не записано ни одного вопроса и не принято ни одной темы.
divergence-rates = Что поднимают группы
divergence-rates-caption = Доля ответов каждой группы, в которых поднят каждый вопрос или тема (в скобках — число ответов)
divergence-item = Вопрос или тема
divergence-measure = Расхождение
divergence-spread = Разброс (п. п.)
divergence-rates-chart = Тепловая карта к таблице выше: чем темнее ячейка, тем больше доля ответов группы, в которых поднят данный элемент. Столбцы пронумерованы так же, как в таблице.
divergence-pairs = Насколько расходятся группы
divergence-pairs-caption = Дивергенция Йенсена — Шеннона между группами по всем вопросам и темам (0 — группы одинаково часто поднимают одно и то же)
divergence-pairs-chart = Тепловая карта к таблице выше: чем темнее ячейка, тем сильнее расходятся две группы. Строки и столбцы пронумерованы так же, как в таблице.
nav-search = Поиск
search-heading = Поиск по ответам
search-title = Поиск: { $query }
search-label = Искомые слова
search-hint = По умолчанию находятся ответы, содержащие все слова. Заключите фразу в прямые кавычки ("…"), напишите OR между вариантами, поставьте - перед словом, чтобы исключить его, и * после начала слова, чтобы найти все слова с таким началом. Искать можно на любом из шести официальных языков ООН.
search-submit = Найти
search-stale = Последние изменения ещё добавляются в поисковый индекс; повторите поиск чуть позже, чтобы они были учтены.
search-truncated = Учтены только первые 32 слова поискового запроса.
search-narrow = Уточнить поиск
search-clear-facet = Все
search-results = { $count ->
    [0] Ничего не найдено.
    [one] Найден { $count } результат.
    [few] Найдено { $count } результата.
    [many] Найдено { $count } результатов.
   *[other] Найдено { $count } результата.
}
search-pages = Страницы результатов
search-previous = Предыдущие результаты
search-next = Следующие результаты
search-campaign = Кампания { $number } (вопрос { $question })
search-part-answer = Ответы на вопросы
search-part-file = Полученные файлы
search-facet-call = Запрос материалов
search-facet-question = Вопрос
search-facet-group = Группа заинтересованных сторон
search-facet-region = Региональная группа
search-facet-country = Страна
search-facet-lang = Язык
search-facet-campaign = Кампания
search-facet-part = Ответы или файлы
search-hit-answer = Ответ на вопрос { $question } — { $call }
search-hit-file = Файл «{ $file }» — { $call }
propose-as-topic = Предложить в качестве темы работы органа
propose-as-topic-help = Тема предлагается органу и связывается с этим элементом, а через него — с ответами, из которых он выведен; затем орган записывает своё решение по этой теме.
topic-drawn-from = Источник
topic-origin-responses = { $count ->
    [one] поднята в { $count } ответе
    [few] поднята в { $count } ответах
    [many] поднята в { $count } ответах
   *[other] поднята в { $count } ответа
}
error-code-topic_source_not_of_body = Этот вопрос или тема не относятся ни к одному из запросов этого органа.

# Mapping of mechanisms and gaps.
registry-title = Реестр механизмов
registry-intro = Существующие международные органы, процессы, форумы и инструменты, общие для всех рабочих групп, чтобы последующая группа могла использовать реестр предыдущей.
registry-none = В реестре пока нет ни одного механизма.
registry-caption = Механизмы по названию
mechanism-new = Добавить механизм
mechanism-add = Добавить механизм
mechanism-edit = Изменить этот механизм
mechanism-edit-title = Изменить: { $name }
mechanism-assessed = Вопросы, по которым он оценивался
mechanism-assessed-none = Ни одно картирование пока не упоминает этот механизм.
mechanism-assessed-caption = Строки с этим механизмом по упражнениям
field-name = Название
field-website = Публичный адрес
field-illustrative = Иллюстративно (демонстрационные данные без источника)
field-mechanism-kind = Вид
field-parent-organization = Головная организация
field-scope = Сфера
field-participants = Кто участвует
field-access = Открытый или закрытый
field-decides-by = Как принимаются решения
field-founding-instrument = Учредительный документ
field-sources = Источники
mechanism-kind-organisation = Межправительственная организация
mechanism-kind-conference = Конференция или ассамблея
mechanism-kind-forum = Форум
mechanism-kind-instrument = Договор или инструмент
mechanism-kind-process = Процесс или программа
mechanism-kind-technical = Технический или стандартизирующий орган
mechanism-kind-regional = Региональный орган
participants-states_only = Только государства
participants-multistakeholder = Многосторонний
access-open = Открытый
access-closed = Закрытый
exercises-title = Картирование механизмов
exercises-intro = Орган рассматривает вопросы, извлечённые из ответов, перечисляет существующие механизмы по каждому из них, оценивает их статус и выявляет пробелы.
exercises-none = У этого органа пока нет картирования.
exercise-start = Начать картирование
exercise-new-title = Новое картирование: { $name }
field-mapped-call = Запрос, вопросы которого картируются
field-terms = Круг ведения
exercise-lead = Вопросы запроса «{ $call }»: вопросов — { $issues }, принятых строк — { $accepted }, пробелов — { $gaps }.
gaps-title = Пробелы
gaps-intro = Вопрос, который не охвачен ни одной принятой строкой, — пробел: отсутствие, если его ничто не охватывает, слабость, если механизмы охватывают его лишь частично. Пробелы выводятся из строк, их нельзя ввести вручную.
gaps-none = Пробелов нет: каждый оценённый вопрос охвачен механизмом.
gap-kind-lacking = Ни один механизм его не охватывает
gap-kind-weak = Охвачен лишь частично
gap-decided = решение принято рабочей группой
gap-referred = передан рабочей группе
gap-rows = Строки, на которых он основан:
gap-heading = Пробел
gap-unexplained = Пояснение пока не написано.
gap-explain = Сохранить пояснение
gap-none-here = Этот вопрос не является пробелом.
field-explanation = Пояснение
mapping-csv = Матрица в CSV
mapping-json = Матрица в JSON
mapping-import = Импортировать строки из таблицы
mapping-import-lead = Файл CSV со строкой заголовков и столбцами issue (I3), mechanism (название или аббревиатура, как в реестре), status, notes и evidence (через ;). Файл принимается целиком или не принимается вовсе.
mapping-matrix = Вопросы × механизмы
mapping-areas = Широкие области
mapping-all-areas = Все области
mapping-no-area = Без широкой области
mapping-heatmap-caption = Каждая клетка — строка картирования, окрашенная по статусу; точка отмечает пробел. Таблица ниже передаёт то же словами.
mapping-table-caption = Механизмы по каждому вопросу и статусу
mapping-not-contributor = Предлагать строки здесь могут только участники органа.
mapping-sign-in = Войдите, чтобы предложить строку
mapping-issue-sources = Откуда взят вопрос
mapping-rows = Перечисленные механизмы
mapping-rows-none = Для этого вопроса пока не указано ни одного механизма.
mapping-standing-addressed = Охвачен
mapping-standing-not_assessed = Ещё не оценён
mapping-status-not_assessed = Ещё не оценено
mapping-status-addressing = Охватывает
mapping-status-partly = Охватывает частично
mapping-status-not_addressing = Не охватывает
row-state-proposed = Предложена
row-state-accepted = Принята
row-state-contested = Оспорена
col-exercise = Картирование
col-mechanism = Механизм
col-status = Статус
col-row-state = Позиция координаторов
col-standing = Положение
col-assessed-by = Оценено
row-propose = Предложить строку
row-assess = Оценить заново
row-decide = Записать мнение координаторов
row-proposed-by = предложено: { $name }, { $when }
row-assessed-by = оценено: { $name }, { $when }
field-notes = Примечания
field-evidence = Подтверждения
field-evidence-hint = По одному в строке: веб-адрес; номер ответа (12-00042), отдельно или с : и цитатой; или условное обозначение документа из реестра.
mapping-questions-heading = Где группа не согласна
questions-intro = Оспоренная строка или пробел собирает варианты, отражающие весь спектр мнений; вопрос передаётся рабочей группе, которая принимает решение один раз.
question-subject-gap = Пробел
question-subject-row = Строка о механизме { $mechanism }
question-refer = Передать рабочей группе
question-referred-by = Передано рабочей группе: { $name }, { $when }.
question-decide = Записать решение рабочей группы
question-decide-title = Решение рабочей группы
question-decided = Рабочая группа выбрала «{ $option }» { $date } (заседание: { $meeting }). Основание: { $basis }
option-add = Добавить вариант
option-supported-by = поддерживают:
field-question-subject = О чём
field-option-text = Вариант
field-option-chosen = Выбранный вариант
field-supporting-groups = Поддерживают группы заинтересованных сторон
field-supporting-regions = Поддерживают региональные группы
snapshots-title = Выпущенные доклады
snapshots-intro = Каждый промежуточный доклад и итоговый сводный документ сохраняют матрицу и пробелы в том виде, в каком они были в день выпуска.
snapshots-none = Доклады пока не выпускались.
snapshots-caption = Доклады по дате выпуска
snapshots-compare = Сравнить два доклада
snapshot-issue = Выпустить доклад о текущем состоянии матрицы
snapshot-kind-update_report = Промежуточный доклад
snapshot-kind-initial_output = Первоначальный результат
snapshot-kind-final_document = Итоговый сводный документ
field-snapshot-kind = Вид доклада
field-from = С
field-to = По
snapshot-lead = { $kind }, выпущен { $date }; выпустил: { $name }. В состоянии на тот день.
snapshot-caption = Строки в выпущенном виде
compare-lead = От «{ $from }» к «{ $to }».
compare-none = Между этими докладами ничего не изменилось.
change-row-added = I{ $issue }: добавлен { $mechanism } ({ $status })
change-row-dropped = I{ $issue }: { $mechanism } больше не указан (было: { $status })
change-row-changed = I{ $issue }: { $mechanism } — было «{ $before }», стало «{ $after }»
change-gap-opened = I{ $issue } стал пробелом: { $kind }
change-gap-closed = I{ $issue } больше не пробел (было: { $kind })
error-no-exercise = Картирования { $id } не существует.
error-no-mechanism = В реестре нет механизма { $id }.
error-no-question = В этом картировании нет вопроса { $id }.
error-no-row = В этом картировании нет строки { $id }.
error-no-snapshot = У этого картирования нет доклада { $id }.
error-code-duplicate_mechanism = В реестре уже есть механизм «{ $name }».
error-code-call_not_mappable = Орган картирует вопросы своих запросов или запросов вышестоящего органа.
error-code-issue_not_in_exercise = Этот вопрос не входит в число картируемых здесь.
error-code-unknown_mechanism = В реестре нет механизма { $value }; сначала добавьте его в реестр.
error-code-duplicate_row = Для этого вопроса уже есть строка с этим механизмом; оцените её заново.
error-code-unknown_response = Нет отправленного ответа с номером { $value }.
error-code-evidence_withheld = Ответ { $value } не опубликован; ссылаться на него могут только те, кто обобщает ответы на запрос.
error-code-passage_withheld = Ответ { $value } не опубликован: укажите только его номер, без цитаты.
error-code-not_a_gap = Этот вопрос не пробел: принятые строки показывают охватывающий его механизм либо ещё ничего не оценено.
error-code-not_contested = Варианты относятся к пробелу или оспоренной строке; сначала отметьте строку как оспоренную.
error-code-already_referred = Этот вопрос уже передан рабочей группе; новые варианты не принимаются.
error-code-not_referred = Это никогда не передавалось рабочей группе.
error-code-already_decided = Решение рабочей группы по этому вопросу уже записано.
error-code-question_needs_options = Вопрос передаётся рабочей группе не менее чем с { $min } вариантами, отражающими спектр мнений.
error-code-unknown_meeting = У рабочей группы нет такого заседания.
error-code-unknown_issue = Выберите один из предложенных вопросов.
error-code-unknown_call = Такого запроса нет.
error-code-too_many = Не более { $max }, а не { $count }.
error-code-missing_columns = В файле должны быть столбцы issue и mechanism.
error-code-too_many_lines = Не более { $max } строк в одном файле.
error-code-unreadable_line = Строку { $line } невозможно прочитать.
error-code-invalid_line = Строка { $line }: { $problem }
error-code-mapping_file_unreadable = Файл не читается как CSV со строкой заголовков.
error-code-mapping_file_empty = В файле нет ни одной строки.
error-code-line_unknown_mechanism = Строка { $line }: в реестре нет механизма { $value }.
error-code-line_issue_not_in_exercise = Строка { $line }: { $value } не входит в картируемые вопросы.
body-mapping-link = Механизмы и пробелы, картированные этим органом
mapping-paged = Это картирование велико, поэтому оно показано по одной широкой области; «Все области» показывает всю матрицу.
opinion-next-heading = Ваше следующее утверждение
opinion-all-voted = Вы проголосовали по всем утверждениям. Спасибо; ниже можно изменить голос.
opinion-counts-hidden = проголосуйте, чтобы увидеть голоса других
opinion-you = вы
opinion-you-are-in = Вы в группе: { $group }.
opinion-map-failed = Карту построить не удалось: анализ завершился ошибкой ({ $error }).
mail-statement-accepted-subject = Ваше утверждение принято: { $title }
mail-statement-accepted-body = Уважаемый(ая) { $name }!

    Модераторы приняли ваше утверждение в разделе «{ $title }»:

    { $statement }

    Теперь участники голосуют по нему: { $link }
mail-statement-rejected-subject = Ваше утверждение не принято: { $title }
mail-statement-rejected-body = Уважаемый(ая) { $name }!

    Модераторы не приняли ваше утверждение в разделе «{ $title }»:

    { $statement }

    Причина: { $reason }

    Вы можете написать другое: { $link }
