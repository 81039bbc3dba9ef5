# واجهة Concord باللغة العربية (Concord's interface in Arabic): تحتوي هذه القائمة على المفاتيح نفسها
# الواردة في القائمة المرجعية الإنكليزية. ولا يُترجم هنا المحتوى الذي يكتبه المستخدمون.

## التخطيط العام

site-name = Concord
skip-link = الانتقال إلى المحتوى
nav-main = التنقل الرئيسي
nav-bodies = الهيئات
nav-countries = البلدان
nav-organizations = المنظمات
nav-people = الأشخاص
nav-events = الفعاليات
nav-admin = الإدارة
language-switcher = اللغة
breadcrumb = مسار التنقل
footer-text = Concord — جميع المدخلات والقرارات والتقارير في عملية متعددة أصحاب المصلحة، متاحة للجميع.
footer-api = البيانات نفسها بصيغة JSON
footer-source = الشيفرة المصدرية (AGPL-3.0)
demo-note-title = بيانات للعرض التوضيحي.
demo-note-body = الإدخالات الموسومة بعبارة «توضيحي» أمثلة، وليست سجلًا للتكوين الفعلي.
demo-entry = هذا الإدخال بيانات توضيحية لأغراض العرض.

## التواريخ والأرقام

date-long = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-range = { $start } – { $end }
date-from = من { $start }
date-until = حتى { $end }
month-1 = كانون الثاني/يناير
month-2 = شباط/فبراير
month-3 = آذار/مارس
month-4 = نيسان/أبريل
month-5 = أيار/مايو
month-6 = حزيران/يونيه
month-7 = تموز/يوليه
month-8 = آب/أغسطس
month-9 = أيلول/سبتمبر
month-10 = تشرين الأول/أكتوبر
month-11 = تشرين الثاني/نوفمبر
month-12 = كانون الأول/ديسمبر
month-genitive-1 = كانون الثاني/يناير
month-genitive-2 = شباط/فبراير
month-genitive-3 = آذار/مارس
month-genitive-4 = نيسان/أبريل
month-genitive-5 = أيار/مايو
month-genitive-6 = حزيران/يونيه
month-genitive-7 = تموز/يوليه
month-genitive-8 = آب/أغسطس
month-genitive-9 = أيلول/سبتمبر
month-genitive-10 = تشرين الأول/أكتوبر
month-genitive-11 = تشرين الثاني/نوفمبر
month-genitive-12 = كانون الأول/ديسمبر

## الصفحة الرئيسية

home-title = الصفحة الرئيسية
home-lead = يدير Concord فريقًا عاملًا متعدد أصحاب المصلحة من الولاية إلى المتابعة: الهيئات وتكوينها، والدعوات إلى تقديم المساهمات، والاجتماعات، والتوصيات المتفاوض عليها، والتقارير، على نحو علني.
home-bodies = الهيئات
home-no-bodies = لم تُنشأ أي هيئة بعد.
home-also = وهنا أيضًا
home-countries = جميع الدول الأعضاء البالغ عددها 193 دولة والدولتان المراقبتان، حسب المجموعات الإقليمية للأمم المتحدة، مع عضوياتها
home-events = { $count ->
    [zero] تقويم الفعاليات ذات الصلة (لا توجد فعاليات)
    [one] تقويم الفعاليات ذات الصلة (فعالية واحدة)
    [two] تقويم الفعاليات ذات الصلة (فعاليتان)
    [few] تقويم الفعاليات ذات الصلة ({ $count } فعاليات)
    [many] تقويم الفعاليات ذات الصلة ({ $count } فعاليةً)
   *[other] تقويم الفعاليات ذات الصلة ({ $count } فعالية)
    }
home-api = البيانات نفسها بصيغة JSON

## الهيئات

bodies-title = الهيئات
bodies-none = لم تُنشأ أي هيئة بعد.
bodies-caption = اللجان والأفرقة العاملة وأفرقتها الفرعية، كلٌّ منها تحت الهيئة التي يتبعها
col-body = الهيئة
col-type = النوع
col-state = الحالة
col-dates = التواريخ
fact-type = النوع
fact-state = الحالة
fact-dates = التواريخ
fact-decision-rule = قاعدة اتخاذ القرار
fact-openness = نطاق المشاركة
fact-reports-to = تقدم تقاريرها إلى
fact-reporting-deadline = الموعد النهائي لتقديم التقرير
mandate-heading = الولاية
mandate-none = لم تُسجَّل أي ولاية.
mandate-paragraph = الفقرة { $paragraph }
composition-heading = التكوين
composition-no-seats = لم تُحدَّد أي مقاعد لهذه الهيئة.
balance-caption = المقاعد حسب الحصة في { $date }
col-quota = الحصة
col-seats = المقاعد
col-filled = المشغولة
col-balance = الوضع
quota-indicative = (إرشادية)
balance-filled = مكتملة
balance-vacant = { $count ->
    [zero] لا توجد مقاعد شاغرة
    [one] مقعد واحد شاغر
    [two] مقعدان شاغران
    [few] { $count } مقاعد شاغرة
    [many] { $count } مقعدًا شاغرًا
   *[other] { $count } مقعد شاغر
    }
balance-over = { $count ->
    [zero] لا تجاوز للحصة
    [one] مقعد واحد زائد على الحصة
    [two] مقعدان زائدان على الحصة
    [few] { $count } مقاعد زائدة على الحصة
    [many] { $count } مقعدًا زائدًا على الحصة
   *[other] { $count } مقعد زائد على الحصة
    }
matrix-caption = الأعضاء الشاغلون للمقاعد حسب المجموعة الإقليمية ومجموعة أصحاب المصلحة
col-regional-group = المجموعة الإقليمية
col-total = المجموع
matrix-no-group = خارج المجموعات الإقليمية
members-heading = الأعضاء وأعضاء المكتب
members-none = لم تُسجَّل أي عضويات.
members-caption = كل من له دور في { $body }
col-role = الدور
col-member = العضو
col-seat = المقعد
col-stakeholder-group = مجموعة أصحاب المصلحة
tag-personal-capacity = بصفة شخصية
tag-illustrative = توضيحي
children-heading = الأفرقة الفرعية
lifecycle-heading = دورة الحياة
body-json = هذه الهيئة بصيغة JSON

## البلدان

countries-title = البلدان
countries-intro = الدول الأعضاء في الأمم المتحدة البالغ عددها 193 دولة، والدولتان المراقبتان غير العضوين، حسب المجموعات الإقليمية للأمم المتحدة المعتمدة في الانتخابات.
countries-no-group = خارج أي مجموعة إقليمية
country-codes = الرموز
country-status = المركز
country-member-state = دولة عضو
country-observer-state = دولة مراقبة غير عضو
country-group = المجموعة الإقليمية
country-group-none = لا توجد
country-development = الوضع الإنمائي
country-ldc = بلد من أقل البلدان نموًا
country-no-memberships = لا توجد أي عضوية لـ { $country } في الهيئات المسجلة هنا.
country-memberships-caption = عضويات { $country } وعضويات الأشخاص القادمين من { $country }

## الأشخاص والمنظمات

memberships-heading = العضويات
memberships-none = لم تُسجَّل أي عضويات.
memberships-caption = الأدوار المضطلع بها في الهيئات
person-position = المنصب
person-organization = المنظمة
person-stakeholder-group = مجموعة أصحاب المصلحة
person-country = البلد
people-title = الأشخاص
people-none = لم يُسجَّل أي شخص.
organizations-title = المنظمات
organizations-none = لم تُسجَّل أي منظمة.
organizations-caption = المنظمات حسب الاسم
col-name = الاسم
col-ecosoc = المركز لدى ECOSOC
org-stakeholder-group = مجموعة أصحاب المصلحة
org-ecosoc = المركز لدى المجلس الاقتصادي والاجتماعي (ECOSOC)
org-based-in = المقر
org-website = الموقع الشبكي

## الفعاليات

events-title = تقويم الفعاليات ذات الصلة
events-none = لم تُسجَّل أي فعالية.
events-caption = الفعاليات في عام { $year }
col-event = الفعالية
col-venue = المكان
col-organizer = الجهة المنظِّمة
events-filter = تصفية الفعاليات
events-filter-year = السنة
events-filter-any = الكل
events-filter-apply = عرض
events-view-list = قائمة
events-view-month = شهر
events-months = الأشهر
events-previous-month = الشهر السابق
events-next-month = الشهر التالي
events-feed = الاشتراك في التقويم (iCalendar)
events-none-match = لا توجد فعاليات تطابق عوامل التصفية هذه.
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## الحسابات

account-sign-in = تسجيل الدخول
account-sign-up = إنشاء حساب
account-sign-out = تسجيل الخروج
account-have-account = هل لديك حساب بالفعل؟
account-forgot = هل نسيت كلمة المرور؟
account-check-inbox-title = يرجى التحقق من بريدك الوارد
account-check-inbox = إذا كان بإمكان هذا العنوان تلقي رسائل منا، فإن رسالة تتضمن رابطًا في طريقها إليه. ويظل الرابط صالحًا لمدة محدودة.
account-check-new-inbox = أرسلنا رابطًا إلى عنوانك الجديد. ولن يتغير عنوانك إلا عند فتح هذا الرابط.
account-link-problem-title = لا يمكن استخدام هذا الرابط
account-reset-link = طلب رابط جديد
account-confirmed-title = تمت العملية
account-confirmed = تم تأكيد عنوان بريدك الإلكتروني. ويمكنك الآن تسجيل الدخول.
account-email-changed = أصبح حسابك يستخدم العنوان الجديد.
account-wrong-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
account-throttled = عدد المحاولات الفاشلة كبير جدًا. يرجى الانتظار 15 دقيقة ثم المحاولة مرة أخرى، أو إعادة تعيين كلمة المرور.
account-unconfirmed = يرجى أولًا تأكيد عنوان بريدك الإلكتروني باستخدام الرابط الذي أرسلناه إليك. وللحصول على رابط جديد، يرجى إعادة تعيين كلمة المرور.
account-confirm-title = التأكيد
account-confirm-explain = يرجى الضغط على الزر للتأكيد.
account-confirm-button = تأكيد
account-reset-title = إعادة تعيين كلمة المرور
account-reset-explain = يرجى إدخال عنوان البريد الإلكتروني المرتبط بحسابك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
account-reset-button = إرسال الرابط
account-choose-password = اختيار كلمة مرور جديدة
account-password-changed-title = تم تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور وتسجيل خروجك من جميع الجلسات. يرجى تسجيل الدخول باستخدام كلمة المرور الجديدة.
account-title = حسابك
account-platform = الدور على المنصة
role-administrator = مدير المنصة
account-roles = أدوارك
account-no-roles = لا يحمل حسابك أي دور في أي هيئة حتى الآن. وتتولى الأمانة ربط الحسابات بالأشخاص المشاركين في الهيئات.
account-change-email = تغيير عنوان بريدك الإلكتروني
account-wrong-password = كلمة المرور غير صحيحة.
account-sessions = الجلسات
account-sign-out-everywhere = تسجيل الخروج من جميع الجلسات
account-calendar = تقويم اجتماعاتك
account-calendar-explain = عنوان خاص يتضمن اجتماعات الهيئات التي تشارك فيها، لاستخدامه في برنامج التقويم لديك. يؤدي إنشاء عنوان جديد إلى إلغاء العنوان السابق.
account-calendar-make = إنشاء عنوان تقويم خاص
account-calendar-revoke = إلغاء العنوان
account-calendar-made-title = عنوان تقويمك الخاص
account-calendar-made = أضف هذا العنوان إلى برنامج التقويم لديك واحتفظ به سرًا؛ فهو لا يُعرض إلا الآن: { $link }
account-back = العودة إلى حسابك
field-display-name = اسمك
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-password-hint = 10 أحرف على الأقل.
field-new-password = كلمة المرور الجديدة
field-new-email = عنوان البريد الإلكتروني الجديد
form-error-prefix = خطأ:
form-error-summary = توجد مشكلة
mail-confirm-subject = تأكيد عنوانك في Concord
mail-confirm-body =
    مرحبًا { $name }،

    يرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط في غضون 48 ساعة:

    { $link }

    إذا لم تكن قد أنشأت حسابًا في Concord، فيرجى تجاهل هذه الرسالة.
mail-already-subject = حسابك في Concord
mail-already-body =
    مرحبًا،

    حاول شخص ما إنشاء حساب في Concord باستخدام هذا العنوان، وهو عنوان مرتبط بحساب قائم بالفعل. وإذا كنت أنت من قام بذلك، فيمكنك تسجيل الدخول، أو اختيار كلمة مرور جديدة من هنا:

    { $link }

    وإذا لم تكن أنت من قام بذلك، فيرجى تجاهل هذه الرسالة.
mail-reset-subject = اختيار كلمة مرور جديدة لحسابك في Concord
mail-reset-body =
    مرحبًا { $name }،

    لاختيار كلمة مرور جديدة، يرجى فتح هذا الرابط في غضون ساعتين:

    { $link }

    وإذا لم تكن قد طلبت ذلك، فيرجى تجاهل هذه الرسالة: ستبقى كلمة المرور الخاصة بك كما هي.
mail-reminder-subject = تذكير: { $title }
mail-reminder-body =
    مرحبًا { $name }،

    نذكّرك بالاجتماع التالي: { $title }، { $when }، { $venue }.

    يتضمن الموقع الشبكي للاجتماع جدول الأعمال والوثائق:

    { $link }
mail-change-subject = تأكيد عنوانك الجديد في Concord
mail-change-body =
    مرحبًا { $name }،

    لنقل حسابك في Concord إلى هذا العنوان، يرجى فتح هذا الرابط في غضون 48 ساعة:

    { $link }

    وإذا لم تكن قد طلبت ذلك، فيرجى تجاهل هذه الرسالة.

## الإدارة

admin-explain = يتوقف ما يمكنك إدارته على أدوارك؛ وتتولى أمانة كل هيئة إدارة تكوينها.
admin-new-body = هيئة جديدة
admin-new-person = شخص جديد
admin-new-organization = منظمة جديدة
outbox-title = صندوق البريد الصادر
outbox-explain = تُحفظ هنا كل رسالة يرسلها Concord. وفي حال عدم وجود خادم بريد، تبقى الرسائل هنا ولا يضيع منها شيء.
outbox-empty = لا توجد أي رسالة بعد.
outbox-caption = الرسائل، من الأحدث إلى الأقدم
col-written = تاريخ الكتابة
col-recipient = إلى
col-subject = الموضوع
col-delivery = حالة الإرسال
outbox-sent = أُرسلت في { $date }
outbox-not-sent = لم تُرسل
outbox-waiting = قيد الانتظار

## الاستمارات

form-none = (لا يوجد)
form-create = إنشاء
form-save = حفظ
form-no-seat = (بدون مقعد)
field-body-name = الاسم
field-acronym = الاسم المختصر
field-acronym-hint = اسم مختصر غير مكرر، مثل WGEC-2013: يبدأ بحرف، تليه حروف أو أرقام أو نقاط أو شرطات.
field-parent = جزء من
field-mandate-symbol = الولاية: رمز القرار
field-mandate-paragraph = الولاية: الفقرة
field-mandate-text = الولاية: النص
field-mandate-lang = لغة نص الولاية
field-lang = لغة النص
field-lang-hint = رمز لغة، مثل أحد الرموز التالية: en, fr, es, ru, zh, ar.
field-reporting-target = تقدم تقاريرها إلى (كتابةً)
field-start-date = تاريخ البدء
field-end-date = تاريخ الانتهاء
field-description = الوصف
field-lifecycle-to = الحالة الجديدة
field-lifecycle-on = بتاريخ
field-lifecycle-note = السبب، أو القرار الذي أدى إلى ذلك
field-quota-kind = الجهة المخصصة لها المقاعد
field-designated-states = الدول المعيَّنة
field-designated-states-hint = رموز البلدان المكونة من حرفين، مفصولة بفواصل، مثل CH, TN.
field-quota-label = التسمية
field-quota-label-hint = اترك هذا الحقل فارغًا لاستخدام اسم المجموعة.
field-quota-hard = حصة إلزامية: رفض الأعضاء الذين يتجاوز عددهم عدد المقاعد
quota-kind-regional_group = مجموعة إقليمية
quota-kind-stakeholder_group = مجموعة من مجموعات أصحاب المصلحة
quota-kind-designated_states = دول معيَّنة
field-state = الدولة
field-person = الشخص
field-nominated-by = الجهة المرشِّحة
field-honorific = اللقب
field-sub-category = الفئة الفرعية
admin-edit = تعديل { $name }
admin-lifecycle = دورة حياة { $name }
admin-new-seats = مقاعد جديدة في { $name }
admin-new-membership = عضوية جديدة في { $name }
admin-edit-person = تعديل بيانات الشخص
admin-edit-organization = تعديل بيانات المنظمة
action-edit-body = تعديل التفاصيل
action-lifecycle = تغيير الحالة
action-new-seats = إضافة مقاعد
action-new-membership = إضافة عضو
action-new-sub-body = إنشاء فريق فرعي
admin-edit-seats = تعديل المقاعد في { $name }
admin-edit-membership = تعديل عضوية في { $name }
field-reason = سبب التعديل
field-reason-hint = يُحفظ في السجل، مثل «انتهاء مدة العضوية».
col-actions = الإجراءات
action-edit = تعديل
action-invite = دعوة شخص إلى المشاركة
admin-invite = دعوة شخص إلى المشاركة في { $name }
field-invite-person-hint = الشخص المدرج في الدليل الذي سيعمل الحساب باسمه.
form-send-invitation = إرسال الدعوة
invitation-title = دعوة
invitation-explain = أنت مدعو إلى المشاركة في Concord باسم شخص مدرج في دليله. يؤدي قبول الدعوة إلى ربط حسابك بهذا الشخص وبالأدوار المسندة إليه.
invitation-sign-in-first = يرجى تسجيل الدخول أولًا أو إنشاء حساب، ثم فتح هذا الرابط مرة أخرى.
invitation-accept = قبول الدعوة
mail-invite-subject = دعوة إلى المشاركة في { $body }
mail-invite-body =
    مرحبًا،

    تدعوك الأمانة إلى المشاركة في أعمال { $body } في Concord باسم { $name }.

    لقبول الدعوة، يرجى فتح هذا الرابط في غضون 14 يومًا (وإنشاء حساب أولًا إن لم يكن لديك حساب):

    { $link }

    إذا لم تكن تعرف سبب هذه الرسالة، فيرجى تجاهلها.

## السجل

audit-heading = سجل التغييرات
audit-none = لم يُسجَّل أي تغيير.
audit-caption = جميع التغييرات، من الأحدث إلى الأقدم
col-when = الوقت
col-who = القائم بالتغيير
col-what = التغيير
audit-body-create = أُنشئت الهيئة
audit-body-update = عُدِّلت التفاصيل
audit-body-lifecycle = تغيَّرت الحالة
audit-seat_quota-create = أُضيفت مقاعد
audit-seat_quota-update = عُدِّلت المقاعد
audit-membership-create = أُضيفت عضوية
audit-membership-update = عُدِّلت العضوية

## الاجتماعات

meetings-heading = الاجتماعات
meetings-none = لا يوجد أي اجتماع مقرر.
meetings-caption = اجتماعات { $body }
meetings-feed = الاشتراك في الاجتماعات (iCalendar)
timeline-deadline = الموعد النهائي لتقديم التقرير
col-number = الرقم
col-meeting = الاجتماع
meeting-additional = إضافي
action-new-meeting = تحديد موعد اجتماع
admin-new-meeting = اجتماع جديد لـ { $name }
admin-edit-meeting = تعديل أحد اجتماعات { $name }
field-meeting-number = الرقم
field-meeting-number-hint = 1 للاجتماع الأول، و2 للاجتماع الثاني، وهكذا؛ اترك هذا الحقل فارغًا في حالة الاجتماع الإضافي.
field-title = العنوان
field-starts-on = اليوم الأول
field-ends-on = اليوم الأخير
field-starts-at = وقت الافتتاح
field-ends-at = وقت الاختتام
field-time-zone = المنطقة الزمنية
field-time-zone-hint = المنطقة الزمنية لمكان الاجتماع، مثل Europe/Zurich أو America/New_York.
field-room = القاعة
field-modality = طريقة المشاركة
field-remote-details = المشاركة عن بُعد: طريقة الانضمام
field-webcast = رابط البث الشبكي
field-transcript = رابط المحضر الحرفي
meeting-state-planned = مُزمَع
meeting-state-announced = مُعلَن عنه
meeting-state-registration_open = باب التسجيل مفتوح
meeting-state-in_session = منعقد
meeting-state-closed = مُختتَم
meeting-state-summary_published = نُشر الموجز
meeting-state-cancelled = مُلغى
modality-in_person = حضوريًا
modality-online = عبر الإنترنت
modality-hybrid = بصيغة مختلطة
audit-meeting-create = حُدِّد موعد اجتماع
audit-meeting-update = عُدِّل الاجتماع
documents-heading = الوثائق
documents-none = لم تُسجَّل أي وثيقة.
documents-caption = وثائق { $body }
col-symbol = الرمز
col-issued = تاريخ الصدور
col-languages = اللغات
tag-latest = أحدث نسخة
tag-superseded = مُستعاض عنها
action-new-document = تسجيل وثيقة
admin-new-document = وثيقة جديدة لـ { $name }
field-symbol = الرمز
field-symbol-hint = رمز وثيقة من وثائق الأمم المتحدة، مثل E/CN.16/2014/CRP.2 أو E/CN.16/2014/CRP.2/Rev.1.
field-document-type = النوع
field-issued-on = تاريخ الصدور
field-languages = اللغات المتاحة
field-languages-hint = رموز اللغات الرسمية، مثل en, fr, es.
field-url = رابط الوثيقة
document-type-agenda = جدول الأعمال
document-type-secretariat_note = مذكرة من الأمانة
document-type-chairs_summary = موجز الرئيس
document-type-contribution = مساهمة
document-type-compilation = تجميع
document-type-report = تقرير
document-type-resolution = قرار
document-type-other = وثيقة أخرى
audit-document-create = سُجِّلت الوثيقة
agenda-heading = جدول الأعمال
agenda-none = لا توجد بنود بعد.
agenda-state-provisional = جدول الأعمال المؤقت
agenda-state-adopted = أُقِرّ
agenda-state-adopted_with_changes = أُقِرّ بصيغته المعدلة
agenda-add-item = إضافة بند
agenda-adopt = تسجيل الإقرار
field-item-number = رقم البند
field-sub-item = بند فرعي من البند السابق
field-item-document = الوثيقة قيد النظر (الرمز، اختياري)
agenda-item-document = الوثائق
field-adoption = الإقرار
field-adoption-note = كيفية الإقرار
meeting-no-documents = لا توجد وثائق مسجلة لهذا الاجتماع.
audit-meeting-agenda_item = أُضيف بند إلى جدول الأعمال
audit-meeting-adopt_agenda = أُقِرّ جدول الأعمال
summary-heading = موجز الرئيس
summary-none = لم يُنشر أي موجز بعد.
summary-write = موجز الرئيس
summary-publish = نشر الموجز
agenda-outcome = النتيجة
agenda-record-outcome = نتيجة البند
audit-meeting-outcome = سُجِّلت النتيجة
audit-meeting-summary = نُشر موجز الرئيس
registration-heading = المراقبون
registration-cap = عدد أماكن المراقبين: { $count }.
registration-link = التسجيل بصفة مراقب
registration-not-open = باب التسجيل غير مفتوح.
registration-none-approved = لم يُقبل أي مراقب بعد.
registration-by-group = المراقبون المقبولون حسب مجموعة أصحاب المصلحة
registration-by-region = المراقبون المقبولون حسب المجموعة الإقليمية لبلدانهم
registration-no-region = لا مجموعة إقليمية أو لم يُذكر البلد
registration-observers = المراقبون المقبولون
field-observer-cap = الحد الأقصى لعدد المراقبين المقبولين
registration-badges = قائمة الشارات (CSV)
registration-all = جميع التسجيلات
registration-attended = حضر
registration-approve = قبول
registration-decline = رفض
registration-mark-attended = تسجيل الحضور
registration-mark-absent = تسجيل الغياب
registration-title = التسجيل في { $name }
registration-submit = تسجيل
registration-done-title = وصل التسجيل
registration-pending = وصل تسجيلك وهو في انتظار موافقة الأمانة.
registration-waiting = شُغلت أماكن المراقبين: أنت مدرج في قائمة الانتظار.
registration-back = العودة إلى الاجتماع
field-represents = المنظمة أو الدولة الممثَّلة
field-registration-email-hint = للأمانة فقط؛ لا يُنشر.
registration-status-pending = في انتظار الموافقة
registration-status-approved = مقبول
registration-status-waiting_list = قائمة الانتظار
registration-status-declined = مرفوض

## الأخطاء

error-not-found-title = الصفحة غير موجودة
error-not-found = لا توجد صفحة في هذا العنوان. ربما نُقلت؛ وتؤدي الروابط أعلاه إلى كل ما ينشره Concord.
error-no-body = لا توجد هيئة بالمعرِّف «{ $id }».
error-no-person = لا يوجد شخص بالمعرِّف «{ $id }».
error-no-organization = لا توجد منظمة بالمعرِّف «{ $id }».
error-unknown-country = «{ $code }» ليس رمز بلد معروفًا. تُدرج البلدان حسب رمزها المكوَّن من حرفين وفق المعيار ISO 3166-1، مثل CH أو TN.
error-bad-address-title = تتعذر قراءة هذا العنوان
error-internal-title = حدث خطأ ما
error-internal = حدث خطأ ما من جانبنا. وقد سُجِّل الخطأ؛ يرجى المحاولة مرة أخرى لاحقًا.
error-go-home = الذهاب إلى الصفحة الرئيسية
error-see-bodies = عرض جميع الهيئات
error-forbidden-title = غير مسموح
error-forbidden = لا يُسمح لحسابك بالقيام بهذا الإجراء هنا. وإذا كنت ترى أنه ينبغي السماح له بذلك، فيرجى التوجه إلى أمانة الهيئة.
error-csrf = انتهت صلاحية هذه الاستمارة أو أُرسلت من موقع آخر. يرجى العودة، وإعادة تحميل الصفحة، ثم إرسال الاستمارة مرة أخرى.
error-bad-form = تعذرت قراءة الاستمارة. يرجى العودة، وإعادة تحميل الصفحة، ثم إرسال الاستمارة مرة أخرى.
error-code-invalid_date = «{ $value }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2013-05-30.
error-code-required = هذا الحقل مطلوب.
error-code-too_long = { $max ->
    [zero] لا يُسمح بأي حرف، وعدد الأحرف المُدخلة { $count }.
    [one] يُسمح بحرف واحد على الأكثر، وعدد الأحرف المُدخلة { $count }.
    [two] يُسمح بحرفين على الأكثر، وعدد الأحرف المُدخلة { $count }.
    [few] يُسمح بـ { $max } أحرف على الأكثر، وعدد الأحرف المُدخلة { $count }.
    [many] يُسمح بـ { $max } حرفًا على الأكثر، وعدد الأحرف المُدخلة { $count }.
   *[other] يُسمح بـ { $max } حرف على الأكثر، وعدد الأحرف المُدخلة { $count }.
    }
error-code-control_characters = يحتوي هذا النص على أحرف تحكم غير مرئية.
error-code-invalid_email = هذا ليس عنوان بريد إلكتروني.
error-code-password_too_short = { $min ->
    [zero] يرجى اختيار كلمة مرور.
    [one] يرجى استخدام حرف واحد على الأقل.
    [two] يرجى استخدام حرفين على الأقل.
    [few] يرجى استخدام { $min } أحرف على الأقل.
    [many] يرجى استخدام { $min } حرفًا على الأقل.
   *[other] يرجى استخدام { $min } حرف على الأقل.
    }
error-code-password_is_email = يرجى عدم استخدام عنوان بريدك الإلكتروني كلمةً للمرور.
error-code-duplicate_email = يوجد حساب مرتبط بهذا العنوان بالفعل.
error-code-token_invalid = هذا الرابط غير صالح. يرجى طلب رابط جديد.
error-code-token_used = سبق استخدام هذا الرابط. يرجى طلب رابط جديد.
error-code-token_expired = انتهت صلاحية هذا الرابط. يرجى طلب رابط جديد.
error-code-invalid_language = يرجى استخدام رمز لغة، مثل أحد الرموز التالية: en, fr, ar, zh, ru, es.
error-code-unknown_value = يرجى اختيار إحدى القيم المعروضة.
error-code-invalid_acronym = يبدأ الاسم المختصر بحرف، ولا يتضمن إلا حروفًا وأرقامًا ونقاطًا وشرطات، مثل WGEC-2013.
error-code-ends_before_start = تاريخ الانتهاء سابق لتاريخ البدء.
error-code-deadline_before_start = الموعد النهائي لتقديم التقرير سابق لتاريخ بدء عمل الهيئة.
error-code-duplicate_acronym = تستخدم هيئة أخرى هذا الاسم المختصر بالفعل؛ يرجى اختيار اسم مختصر آخر.
error-code-unknown_body = هذه الهيئة غير موجودة.
error-code-parent_loop = لا يمكن وضع هيئة تحت نفسها أو تحت أحد أفرقتها الفرعية.
error-code-unknown_country = «{ $code }» ليس رمز بلد معروفًا؛ يرجى استخدام الرمز المكوَّن من حرفين وفق المعيار ISO 3166-1، مثل CH أو TN.
error-code-out_of_range = يجب أن يتراوح عدد المقاعد بين 1 و500.
error-code-holder_required = يرجى تحديد الدولة أو المنظمة أو الشخص الذي يتولى العضوية.
error-code-observer_without_seat = لا يشغل المراقبون مقاعد؛ يرجى ترك خانة المقعد فارغة.
error-code-quota_full = جميع مقاعد هذه الحصة مشغولة في هذه التواريخ؛ يرجى إنهاء إحدى العضويات الحالية أو اختيار تواريخ أخرى.
error-code-not_eligible = لا يمكن لهذا العضو شغل مقعد من مقاعد هذه الحصة: فهو ينتمي إلى مجموعة أخرى.
error-code-outside_body_dates = يقع هذا التاريخ خارج تواريخ الهيئة.
error-code-unknown_quota = لا توجد لهذه الهيئة مقاعد من هذا النوع.
error-code-unknown_person = هذا الشخص غير موجود.
error-code-unknown_organization = هذه المنظمة غير موجودة.
error-code-wrong_group = تنتمي هذه الفئة الفرعية إلى مجموعة أخرى من مجموعات أصحاب المصلحة.
error-code-invalid_url = يبدأ عنوان الموقع الشبكي بـ https:// أو http://.
error-code-invalid_transition = لا يمكن نقل الهيئة إلى هذه الحالة من حالتها الراهنة.
error-code-internal = حدث خطأ ما من جانبنا.
error-code-invalid_time = «{ $value }» ليس وقتًا؛ اكتبه بالصيغة HH:MM، مثل 10:00.
error-code-unknown_time_zone = هذه ليست منطقة زمنية؛ يرجى استخدام اسم مثل Europe/Zurich أو America/New_York.
error-code-invalid_symbol = «{ $value }» ليس رمزًا من رموز وثائق الأمم المتحدة، مثل E/CN.16/2014/CRP.2.
error-code-duplicate_symbol = سبق تسجيل وثيقة تحمل الرمز { $value }.
error-code-duplicate_item_number = يتضمن جدول الأعمال بالفعل البند { $value }.
error-code-unknown_document = لا يتضمن سجل الهيئة أي وثيقة { $value }.
error-code-agenda_adopted = أُقِرّ جدول الأعمال بالفعل.
error-code-registration_closed = باب التسجيل في هذا الاجتماع غير مفتوح.
error-code-duplicate_registration = هذا العنوان مسجل بالفعل في هذا الاجتماع.
error-code-over_cap = شُغلت جميع أماكن المراقبين في هذا الاجتماع.
error-code-seats_below_members = يشغل { $count } من الأعضاء مقاعد هذه الحصة في الوقت نفسه؛ يرجى إنهاء بعض العضويات أولًا أو جعل الحصة إرشادية.

## أنواع الهيئات

body-type-commission = لجنة
body-type-working_group = فريق عامل
body-type-correspondence_group = فريق مراسلة
body-type-ad_hoc_group = فريق مخصص
body-type-breakout_group = فريق نقاش فرعي
body-type-task_force = فرقة عمل
body-type-advisory_group = فريق استشاري
body-type-organ = جهاز رئيسي أو مجلس

## قواعد اتخاذ القرار

decision-rule-consensus = توافق الآراء
decision-rule-majority = التصويت بالأغلبية
decision-rule-chair_decides = يقرر الرئيس

## نطاق المشاركة

openness-members_only = للأعضاء فقط
openness-open_ended = مفتوح العضوية
openness-open_to_all = مفتوح للجميع

## دورة الحياة

lifecycle-mandated = صدرت الولاية
lifecycle-composition_consultation = التكوين قيد التشاور
lifecycle-established = أُنشئت الهيئة
lifecycle-methods_agreed = اتُّفق على أساليب العمل
lifecycle-working = قيد العمل
lifecycle-report_drafting = جارٍ إعداد التقرير
lifecycle-concluded_agreed = اختُتم العمل بتقرير متفق عليه
lifecycle-concluded_without_consensus = اختُتم العمل دون توافق في الآراء
lifecycle-transmitted = أُحيل التقرير
lifecycle-mandate_expired = انتهت الولاية

## الأدوار

role-chair = الرئيس
role-vice_chair = نائب الرئيس
role-member = عضو
role-alternate = مناوب
role-observer = مراقب
role-facilitator = ميسِّر
role-focal_point = جهة تنسيق
role-secretariat = الأمانة

## المجموعات الإقليمية

regional-group-AFR = الدول الأفريقية
regional-group-APG = دول آسيا والمحيط الهادئ
regional-group-EEG = دول أوروبا الشرقية
regional-group-GRULAC = دول أمريكا اللاتينية ومنطقة البحر الكاريبي
regional-group-WEOG = دول أوروبا الغربية ودول أخرى

## مجموعات أصحاب المصلحة

stakeholder-group-government = الحكومات
stakeholder-group-private_sector = القطاع الخاص
stakeholder-group-civil_society = المجتمع المدني
stakeholder-group-technical_academic = الأوساط التقنية والأكاديمية
stakeholder-group-intergovernmental = المنظمات الحكومية الدولية والمنظمات الدولية

## المركز الاستشاري لدى المجلس الاقتصادي والاجتماعي (ECOSOC)

ecosoc-none = لا يوجد مركز استشاري
ecosoc-general = المركز الاستشاري العام
ecosoc-special = المركز الاستشاري الخاص
ecosoc-roster = القائمة

## الفئات الفرعية لأصحاب المصلحة

subcategory-national_government = حكومة وطنية أو وزارة
subcategory-permanent_mission = بعثة دائمة
subcategory-regulator = هيئة تنظيمية
subcategory-subnational_government = سلطة إقليمية أو محلية
subcategory-company = شركة
subcategory-business_association = رابطة أعمال تجارية أو رابطة صناعية
subcategory-chamber_of_commerce = غرفة تجارية
subcategory-ngo = منظمة غير حكومية
subcategory-network_or_coalition = شبكة أو ائتلاف
subcategory-foundation = مؤسسة
subcategory-trade_union = نقابة عمال
subcategory-individual = فرد
subcategory-technical_organization = منظمة تقنية معنية بالإنترنت
subcategory-academic_institution = جامعة أو معهد بحثي
subcategory-individual_expert = خبير بصفة فردية
subcategory-un_system = كيان من كيانات منظومة الأمم المتحدة
subcategory-intergovernmental = منظمة حكومية دولية أخرى
subcategory-international_organization = منظمة دولية

# Document files, following, members at meetings.
language-ar = العربية
language-zh = الصينية
language-en = الإنكليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية
size-bytes = { $count } بايت
size-kb = { $count } كيلوبايت
size-mb = { $count } ميغابايت
error-no-document = لا توجد وثيقة بالمعرّف «{ $id }».
error-no-file = لا يوجد ملف بالمعرّف «{ $id }».
error-no-membership = لا توجد عضوية بالمعرّف «{ $id }».
document-following = أنت تتابع هذه الوثيقة: ستتلقى رسالة بالبريد الإلكتروني عند إصدار نسخة جديدة.
document-follow = متابعة هذه الوثيقة
document-unfollow = إيقاف المتابعة
document-follow-sign-in = سجّل الدخول لمتابعة هذه الوثيقة والعلم بتنقيحاتها.
document-versions-heading = النسخ والملفات
files-none = لا يوجد ملف مرفق بهذه النسخة.
files-caption = ملفات { $symbol }
col-language = اللغة
col-file = الملف
col-size = الحجم
col-sha256 = SHA-256
files-upload = إرفاق ملف بالوثيقة { $symbol }
field-file = الملف
field-file-hint = PDF أو Word (DOCX) أو OpenDocument (ODT)، بحد أقصى 20 ميغابايت. يُحدَّد النوع من المحتوى لا من الاسم.
files-submit = إرفاق الملف
audit-document-attach_file = أُرفق ملف
audit-meeting-register_member = سُجّل عضو
audit-meeting-member_attendance = سُجّل الحضور
error-code-file_empty = الملف فارغ.
error-code-file_too_large = يتجاوز حجم الملف { $limit } ميغابايت.
error-code-file_type_unknown = الملف ليس وثيقة PDF أو Word (DOCX) أو OpenDocument (ODT).
error-code-file_type_mismatch = امتداد الملف ‎.{ $claimed } لكن محتواه وثيقة { $kind }.
error-code-language_not_issued = لم تصدر الوثيقة بهذه اللغة؛ أضف اللغة إلى الوثيقة أولاً.
error-code-meeting_over = انتهى هذا الاجتماع؛ لم يعد من الممكن تغيير المشاركين فيه.
error-code-not_a_member = لا يُسجَّل بصفة أعضاء إلا الأعضاء العاملون في يوم الاجتماع.
error-code-not_registered = هذا العضو غير مسجّل في الاجتماع.
roster-heading = الأعضاء
roster-none = لا يوجد عضو عامل في يوم هذا الاجتماع.
roster-caption = الأعضاء العاملون في يوم الاجتماع ووفودهم
col-group = المجموعة
col-delegation = الوفد
col-attendance = الحضور
roster-delegation-of = وفد { $member }
roster-register = تسجيل
roster-not-registered = غير مسجّل
mail-revised-subject = نسخة جديدة من { $base }: { $symbol }
mail-revised-body =
    مرحباً { $name }،

    صدرت نسخة جديدة من وثيقة تتابعها: { $symbol }، { $title }.

    جميع نسخها وملفاتها على صفحتها:

    { $link }

# Topics of a body's work.
topics-heading = المواضيع
topics-none = لم يُقترح أي موضوع بعد.
topics-caption = مواضيع عمل { $body }
col-decision = القرار
topic-propose = اقتراح موضوع
topic-new = موضوع جديد لـ { $name }
topic-decide = تسجيل القرار
topic-decide-title = القرار بشأن «{ $title }»
topic-decision = { $date }، { $meeting }: { $basis } (سجّله { $by })
topic-decision-outside-meeting = { $date }: { $basis } (سجّله { $by })
topic-state-proposed = مقترح
topic-state-agreed = متفق عليه
topic-state-not_retained = غير معتمد
field-decision = القرار
field-decided-on = تاريخ القرار
field-basis = أساس القرار
field-item-topic = الموضوع المتناول
agenda-item-topic = الموضوع
error-no-topic = لا يوجد موضوع بالمعرّف «{ $id }».
error-code-topic_decided = سبق للهيئة أن بتّت في هذا الموضوع.
audit-topic-create = اقتُرح موضوع
audit-topic-decide = سُجّل قرار بشأن موضوع

# Calls for input, responses and receipts.
calls-heading = طلبات المساهمات
call-create = طلب مساهمات جديد
calls-none = لا يوجد أي طلب مساهمات.
calls-caption = طلبات المساهمات الصادرة عن { $body }
call-deadline = الموعد النهائي
call-state-draft = مسودة
call-state-open = مفتوح
call-state-closed = مغلق
call-state-compiled = جُمّعت الردود
call-move-open = فتح الطلب
call-move-closed = إغلاق الطلب
call-move-compiled = وسم الردود بأنها جُمّعت
call-move-label = تغيير حالة الطلب
audience-confirmed_email = أي شخص لديه عنوان بريد إلكتروني مؤكَّد
audience-signed_in = المستخدمون الذين سجّلوا الدخول
audience-members = أعضاء الهيئة فقط
publication-with_consent = تُنشر إذا وافق المجيب، وإلا تُحتسب في الإحصاءات فقط
publication-aggregate_only = تُستخدم في صورة مجمّعة فقط
question-kind-free_text = نص حر
question-kind-single_choice = اختيار واحد
question-kind-multiple_choice = اختيار متعدد
field-opens-on = تاريخ الفتح
field-closes-on = تاريخ الإغلاق
field-closes-time = وقت الإغلاق
field-closes-time-hint = بحسب المنطقة الزمنية للطلب؛ 23:59 إذا تُرك الحقل فارغًا.
field-audience = من يحق له الرد
field-consent-text = الموافقة
field-publication = النشر
call-new = طلب مساهمات جديد صادر عن { $name }
error-no-call = لا يوجد طلب مساهمات بالمعرّف «{ $id }».
error-no-response = لا يوجد رد بالرقم المرجعي «{ $id }».
call-extensions = تمديدات الموعد النهائي
call-extension = مُدِّد إلى { $to } (كان { $from }): { $reason }
call-answer = الرد على هذا الطلب
call-extend = تمديد الموعد النهائي
call-extend-title = تمديد الموعد النهائي لطلب «{ $title }»
question-add = إضافة سؤال
question-new = سؤال جديد لطلب «{ $title }»
questions-heading = الأسئلة
questions-none = لا توجد أسئلة بعد.
question-word-limit = الحد الأقصى لعدد الكلمات: { $count }
question-required = إلزامي
field-question-label = الرقم
field-question-label-hint = كما ورد في النص المطبوع: 2، أو 2 a) للجزء الفرعي.
field-question-text = نص السؤال حرفيًا
field-question-kind = طريقة الإجابة
field-options = الخيارات
field-options-hint = لسؤال الاختيار: خيار واحد في كل سطر.
field-word-limit = الحد الأقصى لعدد الكلمات
field-required = الإجابة إلزامية
field-analytic-group = المجموعة التحليلية
field-analytic-group-hint = تُحلَّل أسئلة المجموعة الواحدة معًا، مثل «المجموعة 1».
respondent-kind-person = فرد
respondent-kind-organization = منظمة
respondent-kind-government = حكومة
respond-title = ردك
respond-deadline = تُقبل الردود حتى { $deadline }. ويمكنك حتى ذلك الحين حفظ مسودة وتعديل ردك؛ وتُحفظ كل نسخة تقدمها.
respond-draft-saved = حُفظت مسودتك، ولكنها لم تُقدَّم بعد.
respond-submitted = قُدِّمت النسخة { $version } من الرد { $reference }.
respond-receipts = الاطلاع على الإيصالات
respond-who = الجهة المجيبة
field-respondent-kind = صفتك في الرد
field-respondent-name = الاسم
field-respondent-name-hint = اسمك، أو اسم المنظمة أو الحكومة التي ترد باسمها.
field-country-hint = رمز من حرفين، مثل BR أو KE.
field-response-lang = لغة ردك
respond-consent = الموافقة
field-consent-publish = أوافق على نشر هذا الرد.
field-consent-cite = أوافق على أن يُستشهد بي بالاسم.
respond-versions-kept = عند التقديم تحصل على إيصال يتضمن رقمًا مرجعيًا وبصمة (SHA-256) لما ورد بالضبط.
respond-submit = تقديم
respond-save-draft = حفظ كمسودة
receipt-title = إيصال استلام الرد
receipt-lead = ورد ردك وسُجِّل. احتفظ بهذا الإيصال: فبصمته تتيح لك إثبات ما أرسلته.
receipt-caption = النسخ الواردة من الرد { $reference }
col-version = النسخة
col-received = تاريخ الورود (UTC)
col-ledger-entry = القيد في السجل
receipt-verify = يمكن لأي شخص التحقق من الإيصال بمطابقته مع السجل العام:
receipt-ledger = تنزيل السجل العام (أسطر JSON)
receipt-edit = تعديل الرد (نسخة جديدة بإيصال جديد)
mail-receipt-subject = الإيصال { $reference }: { $title }
mail-receipt-body =
    مرحبًا { $name }،

    ورد ردك على «{ $title }».

    الرقم المرجعي: { $reference }
    النسخة: { $version }
    SHA-256 لما ورد: { $hash }

    الإيصال، والسجل العام المقيَّد فيه:

    { $link }
error-code-call_not_draft = تُحدَّد الأسئلة عندما يكون الطلب في مرحلة المسودة، ولم يعد كذلك.
error-code-call_without_questions = لا يُفتح الطلب إلا إذا تضمن سؤالًا واحدًا على الأقل.
error-code-call_closed = لا يقبل هذا الطلب ردودًا حاليًا: فهو غير مفتوح، أو انقضى موعده النهائي.
error-code-answer_required = يجب الإجابة عن هذا السؤال.
error-code-over_word_limit = عدد كلمات هذا الرد { $words }؛ والحد الأقصى { $limit }.
error-code-too_few_options = يحتاج سؤال الاختيار إلى خيارين على الأقل، خيار في كل سطر.
error-code-not_later = يجب أن يؤخّر التمديد الموعد النهائي.
audit-call-create = أُنشئ طلب مساهمات
audit-call-question = أُضيف سؤال
audit-call-state = تغيّرت حالة الطلب
audit-call-extend = مُدِّد الموعد النهائي
error-bad-encoding = يحتوي النموذج على نص ليس بترميز UTF-8 صالح. لم يُحفظ شيء؛ أرسله مجدداً من الصفحة.

# Publication and review of responses.
responses-heading = الردود
responses-counts = إحصاء الردود
responses-received = الواردة
responses-published = المنشورة
responses-withheld = غير المنشورة (لعدم الموافقة على النشر، أو لاستخدامها في صورة مجمّعة فقط)
responses-hidden = المخفية بموجب الإشراف على المحتوى
responses-none = لا توجد ردود لعرضها.
responses-all = جميع الردود الواردة
responses-published-list = الردود المنشورة
responses-by-question = الإجابات حسب السؤال
response-anonymous = جهة مجيبة ({ $group }، { $country })
response-withheld = غير منشور
response-hidden-because = مخفي: { $reason }
col-reference = الرقم المرجعي
col-respondent = الجهة المجيبة
channel-heading = طريقة الورود
channel-web = النموذج الإلكتروني
channel-email = البريد الإلكتروني
channel-paper = نسخة ورقية
channel-import = استيراد
errata-heading = التصويبات
erratum = الرد { $reference }، { $date }: صُحِّح حقل { $field } من «{ $before }» إلى «{ $after }». السبب: { $reason }
corrected-field-name = الاسم
corrected-field-organization = المنظمة
corrected-field-stakeholder_group = مجموعة أصحاب المصلحة
corrected-field-sub_category = الفئة الفرعية
corrected-field-country = البلد
response-title = الرد
response-answers = الإجابات
response-review = استعراض الأمانة
response-correct = تصحيح نسبة الرد أو فئته
field-corrected = العنصر المراد تصحيحه
field-corrected-value = القيمة الصحيحة
field-corrected-value-hint = اسم، أو رمز لمجموعة أصحاب المصلحة (مثل civil_society)، أو رمز لفئة فرعية، أو رمز بلد من حرفين.
response-hide = إخفاء هذا الرد
response-show = إعادة إظهار هذا الرد
question-answers-count = عدد الإجابات المنشورة: { $count }.
question-answers-withheld = عدد الإجابات الإضافية المحتسبة دون نشرها: { $count }.
error-code-unchanged = القيمة الجديدة مطابقة للقيمة السابقة.
audit-response-correct = صُحِّح الرد (تصويب)
audit-response-hide = أُخفي الرد
audit-response-show = أُعيد إظهار الرد
record-title = تسجيل رد ورد بالبريد الإلكتروني أو ورقياً
record-lead = يُسجَّل الرد كما ورد، مع إرفاق الأصل، ويُقيَّد في السجل كأي رد آخر؛ وتحصل على إيصاله لإعادة إرساله.
record-how = طريقة الورود
field-received-on = تاريخ الورود
field-sender-email = البريد الإلكتروني للمرسِل
field-sender-email-hint = اختياري: العنوان الذي يُرسَل إليه الإيصال.
field-original = الأصل كما ورد
record-submit = تسجيل الرد
response-files = الملفات الواردة
audit-call-record_response = سجّلت الأمانة رداً
respond-attachments = الملفات
respond-add-files = إرفاق ملفات (يصبح كل ملف جزءاً من النسخ التي تقدّمها من الآن فصاعداً)
error-code-too_many_files = الحد الأقصى لعدد الملفات في الرد: { $limit }.

# Importing responses.
import-title = استيراد ردود من ملف
import-lead = ارفع ملف CSV أو JSON يتضمن ردودًا وردت بطرق أخرى. ويُتحقَّق أولًا من كل صف: فإذا وُجدت مشكلة في أي صف، لا يُستورد أي شيء وتُسرد جميع المشكلات.
import-file = ملف CSV أو JSON
import-file-hint = CSV: صف عناوين يتضمن kind, name, stakeholder_group, country, lang, consent_publish, consent_cite, email, received_on، وعمودًا لكل سؤال يكون عنوانه رقم السؤال، مثل 2 a). JSON: مصفوفة من الكائنات لها المفاتيح نفسها، مع وضع الإجابات تحت «answers».
import-check = التحقق من الملف
import-problems = عدد المشكلات المكتشفة: { $count }. لم يُستورد أي شيء.
import-problems-caption = المشكلات حسب الصف
import-whole-file = الملف ككل
import-preview = اجتازت جميع الصفوف عمليات التحقق. عدد الردود الجاهزة للاستيراد: { $count }.
import-confirm = استيراد الردود (العدد: { $count })
import-preview-caption = ما سيُستورد
col-row = الصف
col-answers = الإجابات
col-field = الحقل
col-problem = المشكلة
error-code-import_format = ارفع ملفًا بصيغة .csv أو .json.
error-code-invalid_flag = اكتب «yes» أو «no».
error-code-broken_row = تتعذر قراءة هذا الصف: فعدد أعمدته لا يساوي عدد أعمدة صف العناوين.
error-code-unreadable_file = تتعذر قراءة الملف بوصفه ملف CSV يتضمن صف عناوين، أو بوصفه مصفوفة JSON من الردود.
error-code-invalid_encoding = الملف ليس نصًا صالحًا بترميز UTF-8.
error-code-empty_file = لا يحتوي الملف على أي رد.
error-code-too_many_rows = الحد الأقصى لعدد الردود في الدفعة الواحدة: 10,000.
error-code-already_imported = سبق استيراد هذه الدفعة.
audit-call-import = استُوردت ردود من ملف

# Joint submissions.
field-signatories = الموقّعون المشاركون على رد مشترك
field-signatories-hint = موقّع واحد في كل سطر، مثل: Ana Silva <ana@example.org> أو Ana Silva, Instituto Nupef <ana@example.org>. ويُطلب من كل منهم بالبريد الإلكتروني تأكيد توقيعه.
signatories-heading = الموقّعون المشاركون
signatory-confirmed = مؤكَّد
signatory-waiting = بانتظار التأكيد
signature-title = تأكيد توقيعك
signature-lead = { $name }، أُدرج اسمك بوصفك موقّعًا مشاركًا على الرد { $reference } على «{ $title }».
signature-confirm = أؤكد أنني أوقّع على هذا الرد
signature-confirmed = أُكِّد توقيعك. شكرًا لك.
error-signature-token = رابط التأكيد هذا غير صالح. استخدم الرابط الوارد في أحدث رسالة بريد إلكتروني.
error-code-invalid_signatory = السطر { $line }: اكتب اسمًا وعنوانًا، مثل Ana Silva <ana@example.org>.
error-code-too_many_signatories = الحد الأقصى لعدد الموقّعين المشاركين في الرد الواحد: { $limit }.
audit-response-confirm_signature = أُكِّد توقيع مشارك
mail-signature-subject = يرجى تأكيد توقيعك: { $title }
mail-signature-body =
    مرحبًا { $name }،

    قدّمت الجهة المجيبة { $respondent } الرد { $reference } على «{ $title }» وأدرجت اسمك ضمن الموقّعين المشاركين.

    لتأكيد توقيعك على هذا الرد، افتح هذا الرابط واضغط على الزر:

    { $link }

    إذا لم توافق على التوقيع، فتجاهل هذه الرسالة: لن يُدرج اسمك ضمن من أكّدوا توقيعهم.
error-busy-title = ضغط مؤقت
error-busy = يتلقى Concord حالياً أكثر مما يمكنه حفظه. لم يُحفظ شيء: انتظر ثانية وأرسل النموذج مجدداً.
error-unavailable-title = غير متاح مؤقتاً
error-unavailable = يتعذر الوصول إلى قاعدة البيانات أو الكتابة فيها حالياً. لم يتغير شيء: أعد المحاولة بعد بضع ثوانٍ.
error-too-many-title = طلبات كثيرة جداً
error-too-many = لقد أرسلت هذا الطلب مرات كثيرة جداً. أعد المحاولة بعد { $minutes } دقيقة.

## النصوص التفاوضية
texts-heading = النصوص التفاوضية
texts-none = لا يوجد نص تفاوضي بعد.
texts-caption = النصوص التفاوضية لـ { $body }
text-new-link = إنشاء نص تفاوضي
text-new = نص تفاوضي جديد لـ { $name }
text-create = إنشاء النص
field-kind = نوع النص
field-notation = النص، بترميز الصياغة
field-notation-help = فقرة واحدة في كل كتلة، مع الفصل بين الكتل بسطر فارغ: «OP5 bis. النص»، أو «OP6.» تليه أسطر «Alt 1: …»، «Alt 2: …». يوضع بين معقوفين النص الذي لم يُتفق عليه بعد؛ وبعد المعقوف مباشرةً، تبيِّن الأقواس المعقوصة من اقترح النص ومتى ولماذا: [النص]{"{"}الاتحاد الأوروبي; 2017-09-26; السبب{"}"}. يبدأ العنوان بـ «## ».
field-note = التغييرات المُدخلة
text-kind-zero_draft = المسودة الأولية
text-kind-non_paper = ورقة غير رسمية
text-kind-compilation = تجميع
text-kind-chairs_text = نص الرئيس
text-kind-facilitators_text = نص الميسر
text-kind-rolling = النص المتجدد
text-kind-final = النص النهائي
text-version = الصيغة { $version }
text-state-caption = وضع النص (الصيغة { $version })
text-state-paragraphs = الفقرات
text-state-clean = الفقرات الخالية من المعقوفات
text-state-open = الفقرات التي تتضمن معقوفات أو بدائل
text-state-brackets = المعقوفات
text-edit = تعديل النص
text-edit-title = تعديل «{ $title }»
text-save = حفظ صيغة جديدة
text-versions = جميع الصيغ
text-versions-title = صيغ «{ $title }»
text-versions-caption = جميع صيغ «{ $title }»، من الأقدم إلى الأحدث
text-download = تنزيل النص (نص عادي، بترميز الصياغة)
text-compare = المقارنة بالصيغة السابقة
text-compare-title = «{ $title }»: مقارنة الصيغة { $from } بالصيغة { $to }
text-compare-none = الصيغتان متطابقتان.
text-compare-added = أُضيفت فقرة
text-compare-removed = حُذفت فقرة
text-stale = حفظ شخص آخر الصيغة { $current } بينما كنت تعدِّل الصيغة { $base }. لم تفقد شيئًا: نصك معروض أدناه. قارنه بالصيغة { $current }، وادمج ما تحتاج إليه، ثم احفظ من جديد.
text-stale-changes = ما غيَّرته الصيغة { $current } منذ الصيغة { $base }
text-alternative = Alt { $number }:
bracket-open = بداية النص الوارد بين معقوفين المقترَح من { $sponsor }
bracket-open-unattributed = بداية النص الوارد بين معقوفين
bracket-close = نهاية النص الوارد بين معقوفين
bracket-reason = مقترَح من { $sponsor }: { $reason }
diff-deleted = حُذف:
diff-inserted = أُدرج:
diff-end = نهاية التغيير
col-version-number = الصيغة
col-saved-by = حفظها
col-saved-at = تاريخ الحفظ
col-note = التغييرات المُدخلة
error-no-text = لا يوجد نص تفاوضي بالمعرِّف «{ $id }».
error-no-version = لا توجد لهذا النص صيغة { $id }.
audit-text-create = أُنشئ نص تفاوضي
audit-text-revise = حُفظت صيغة جديدة لنص تفاوضي
error-code-unclosed_bracket = السطر { $line }، الحرف { $column }: هذا المعقوف [ لا يُغلق أبدًا.
error-code-unopened_bracket = السطر { $line }، الحرف { $column }: هذا المعقوف ] لا يُغلق أي معقوف مفتوح (اكتب \] للحصول على الحرف نفسه).
error-code-bad_annotation = السطر { $line }، الحرف { $column }: تتضمن الأقواس المعقوصة التي تلي المعقوف ثلاثة أجزاء على الأكثر، {"{"}مقدم الاقتراح; التاريخ; السبب{"}"}، ويجب إغلاقها.
error-code-bad_date = السطر { $line }، الحرف { $column }: يجب أن يُكتب التاريخ بين الأقواس المعقوصة على نحو 2017-09-26.
error-code-stray_brace = السطر { $line }، الحرف { $column }: يأتي القوس المعقوص مباشرةً بعد معقوف الإغلاق (اكتب \{"{"} أو \{"}"} للحصول على الحرف نفسه).
error-code-alternative_out_of_order = السطر { $line }: تُرقَّم البدائل بالترتيب، Alt 1، Alt 2…
error-code-alternatives_with_text = السطر { $line }: تتضمن الفقرة إما نصًا بعد رقمها وإما بدائل، لا الاثنين معًا.
error-code-empty_paragraph = السطر { $line }: لا تتضمن هذه الفقرة أي نص.
error-code-too_deep = السطر { $line }، الحرف { $column }: لا يتجاوز تداخل الأقواس المعقوفة 32 مستوى.
error-code-empty_alternative = السطر { $line }: لا يتضمن هذا البديل أي نص.
error-code-unstable_notation = لا يمكن حفظ هذا النص كما كُتب؛ تحقق من أقواسه المعقوفة وبدائله.
error-code-duplicate_number = السطر { $line }: فقرتان تحملان الرقم نفسه.
error-code-text_outside_paragraph = السطر { $line }: لا ينتمي هذا النص إلى أي فقرة؛ ابدأه برقم مثل OP1.
error-code-bad_number = السطر { $line }: هذا ليس رقم فقرة مثل OP5 أو PP3 أو OP5 bis.
error-code-empty_heading = السطر { $line }: لا يتضمن هذا العنوان أي نص.
error-code-text_before_alternative = السطر { $line }: تبدأ البدائل بـ «Alt 1:».
error-code-stale_version = حفظ شخص آخر الصيغة { $current } بعد الصيغة { $base } التي كنت تعدِّلها.

## من المعقوفات إلى القرار
paragraph-status-open = قيد التفاوض
paragraph-status-ad_ref = متفق عليها رهناً بالاستشارة
paragraph-status-agreed_pending = متفق عليها رهناً بالتأكيد
paragraph-status-agreed = متفق عليها
paragraph-status-closed = مغلقة
stance-support = تأييد
stance-can_live = يمكن قبوله
stance-reservation = تحفظ
stance-objection = اعتراض رسمي
text-outcome-adopted = وقد تقرر ذلك
text-outcome-no_consensus = لم يتحقق توافق في الآراء
text-method-declared = أعلنه الرئيس
text-method-silence = عند انتهاء إجراء الموافقة الضمنية
silence-state-running = إجراء الموافقة الضمنية جارٍ
silence-state-broken = كُسر الصمت
silence-state-passed = لم يُكسر الصمت
silence-running = تخضع الصيغة { $version } من هذا النص لإجراء الموافقة الضمنية حتى { $deadline }. وأي اعتراض رسمي يبديه عضو قبل ذلك الموعد يكسر الصمت.
silence-deadline = حتى { $deadline }، على الصيغة { $version }
silence-broken-by = كسره { $holder }
text-status-pending = بانتظار تأكيد { $delegation }
text-on-version = الصيغة { $version }
text-body-heading = النص
text-chart-bar = الصيغة { $version }: عدد الفقرات { $paragraphs }، منها متفق عليها: { $agreed }، ومتفق عليها رهناً بالاستشارة أو رهناً بالتأكيد: { $adref }، وتتضمن معقوفات أو بدائل: { $bracketed }.
text-chart-reading = بدأت القراءة { $number } ({ $title }) من هذه الصيغة.
text-chart-title = مسار النص نحو الاتفاق، صيغةً بصيغة
text-chart-other = خالية من المعقوفات، لم يُتفق عليها بعد
text-sections-caption = وضع كل قسم
text-section = القسم
text-section-untitled = قبل العنوان الأول
text-state-agreed = متفق عليها أو مغلقة
text-state-ad-ref = متفق عليها رهناً بالاستشارة أو رهناً بالتأكيد
text-whole = النص بأكمله
text-group-none = غير محدد
text-positions = المواقف
text-positions-by-group = المواقف حسب المجموعة الإقليمية ومجموعة أصحاب المصلحة
text-status-heading = الدفع بفقرة نحو الاتفاق
text-status-save = تسجيل الحالة
text-position-save = تسجيل الموقف
text-decision-heading = القرار
text-no-decision = لم يُسجَّل أي قرار بعد.
text-decision-save = تسجيل القرار
text-silence-start = التعميم في إطار إجراء الموافقة الضمنية
field-paragraph = الفقرة
field-status = الحالة
field-pending = الوفد الذي يُنتظر تأكيده (لحالة «متفق عليها رهناً بالتأكيد»)
field-seat = المقعد
field-stance = الموقف
field-outcome = النتيجة
field-silence-deadline = انتهاء إجراء الموافقة الضمنية (UTC)
field-silence-deadline-help = 72 ساعة على الأقل من الآن. يُبلَّغ الأعضاء بالبريد الإلكتروني؛ وأي اعتراض رسمي يُبدى قبل ذلك الموعد يكسر الصمت، وعند حلول الموعد النهائي يُعتمد النص تلقائيًا.
text-positions-title = المواقف بشأن «{ $title }»
text-positions-observers = تُسجَّل مواقف المراقبين، لكنها لا يمكن أن تحول دون توافق الآراء.
text-positions-none = لم يُتَّخذ أي موقف بعد.
text-positions-by-region = حسب المجموعة الإقليمية
text-positions-by-stakeholder = حسب مجموعة أصحاب المصلحة
text-positions-list = جميع المواقف القائمة
field-regional-group = المجموعة الإقليمية
field-stakeholder-group = مجموعة أصحاب المصلحة
text-recorded = التسجيل
text-observer-cannot-block = مراقب: لا يمكنه منع التوافق
mail-silence-subject = إجراء الموافقة الضمنية حتى { $deadline }: { $title }
mail-silence-body = مرحبًا { $name }،

    عُمِّمت الصيغة { $version } من «{ $title }» في إطار إجراء الموافقة الضمنية حتى { $deadline }.

    إذا لم يكن لدى وفدك أي اعتراض، فلا حاجة إلى اتخاذ أي إجراء: يُعتمد النص عند حلول الموعد النهائي. وأي اعتراض رسمي يُسجَّل قبل ذلك الموعد يكسر الصمت.

    اطّلع على النص وسجّل موقفًا: { $link }
mail-silence-passed-subject = اعتُمد بإجراء الموافقة الضمنية: { $title }
mail-silence-passed-body = مرحبًا { $name }،

    لم يُكسر الصمت: اعتُمدت الصيغة { $version } من «{ $title }» اعتبارًا من { $deadline }.

    { $link }
error-code-no_such_paragraph = لا يتضمن النص الفقرة { $paragraph }.
error-code-status_unchanged = الفقرة في هذه الحالة بالفعل.
error-code-reopen_reason_required = اذكر سبب إعادة فتح الفقرة.
error-code-status_backwards = للرجوع إلى حالة سابقة، أعد فتح الفقرة أولًا مع ذكر السبب.
error-code-paragraph_bracketed = لا يمكن الاتفاق على فقرة تتضمن معقوفات أو بدائل؛ احسمها في النص أولًا.
error-code-close_unagreed = لا يمكن إغلاق إلا فقرة متفق عليها.
error-code-pending_required = اذكر الوفد الذي يُنتظر تأكيده.
error-code-position_reason_required = اذكر سبب التحفظ أو الاعتراض الرسمي.
error-code-text_still_bracketed = لا تزال الفقرات التالية تتضمن معقوفات أو بدائل: { $paragraphs }.
error-code-formal_objection_stands = لا يزال هناك اعتراض رسمي قائم: { $holders }.
error-code-silence_too_short = يستمر إجراء الموافقة الضمنية { $hours } ساعة على الأقل.
error-code-text_adopted = اعتُمد النص؛ ولم يعد من الممكن تغييره.
error-code-under_silence = النص خاضع لإجراء الموافقة الضمنية؛ ولا يتغير حتى انتهاء هذا الإجراء.
error-code-seat_not_of_body = هذا المقعد ليس من مقاعد الهيئة.
error-code-secretariat_takes_no_position = الأمانة تخدم الهيئة ولا تتخذ أي موقف.
error-code-paragraph_agreed = الفقرة { $paragraph } متفق عليها؛ أعد فتحها مع ذكر السبب قبل تغيير صياغتها.
error-code-invalid_datetime = أدخل تاريخًا ووقتًا، مثل 2017-01-24 18:00.
audit-text-paragraph-status = سُجّلت حالة فقرة
audit-text-position = سُجّل موقف
audit-text-decide = سُجّل قرار
audit-text-silence-start = عُمِّم النص في إطار إجراء الموافقة الضمنية
audit-text-silence-broken = كُسر الصمت
audit-text-silence-passed = لم يُكسر الصمت: اعتُمد النص

## التعديلات
text-amendments = التعديلات
amendments-title = التعديلات على «{ $title }»
amendments-count = { $count ->
    [0] لم يُقترح أي تعديل بعد.
    [zero] لم يُقترح أي تعديل بعد.
    [one] تعديل واحد، حسب الفقرات.
    [two] تعديلان، حسب الفقرات.
    [few] { $count } تعديلات، حسب الفقرات.
    [many] { $count } تعديلًا، حسب الفقرات.
   *[other] { $count } تعديل، حسب الفقرات.
}
amendment-kind-insert = فقرة جديدة بعد هذه الفقرة
amendment-kind-delete = حذف
amendment-kind-replace = استبدال
amendment-handling-incorporated = أُدرج في النص
amendment-handling-bracketed = وُضع بين معقوفين
amendment-handling-merged = دُمج
amendment-handling-not_retained = لم يُحتفظ به
amendment-handling-pending = لم يبتّ الرئيس فيه بعد.
amendment-co-sponsors = شارك في تقديمه: { $names }
amendment-reason = السبب: { $reason }
amendment-proposed-on = اقتُرح على أساس
amendment-handle = تسجيل المعالجة
amendment-propose-heading = اقتراح تعديل
amendment-propose = تقديم التعديل
field-handling = المعالجة
field-amendment-kind = نوع التعديل
field-proposed = الصياغة المقترحة
field-proposed-help = الصياغة الجديدة للفقرة، أو صياغة الفقرة الجديدة؛ تُترك فارغة في حالة الحذف. ويجوز استخدام المعقوفات كما في ترميز الصياغة.
field-co-sponsors = المشاركون في التقديم
error-no-amendment = لا يوجد تعديل بالمعرِّف «{ $id }».
error-code-deletion_has_no_words = الحذف لا يقترح أي صياغة؛ اختر الاستبدال بدلًا من ذلك.
error-code-handling_reason_required = اذكر سبب عدم الاحتفاظ بالتعديل أو ما دُمج فيه.
audit-text-amendment = اقتُرح تعديل
audit-text-amendment-handling = سُجّلت معالجة تعديل

## القراءات والتعليقات
text-comments = التعليقات
readings-heading = القراءات
readings-none = لم تُفتح أي قراءة بعد.
reading = القراءة
reading-version = الصيغة موضع القراءة
reading-taken-up = نُظر فيها في
reading-window = فترة تلقي التعليقات
reading-comments = التعليقات
reading-nowhere = ليس في اجتماع بعينه
reading-agenda-item = { $meeting }، البند { $number }: { $title }
reading-open = فتح القراءة
field-comments-open = أول يوم لتلقي التعليقات
field-comments-close = آخر يوم لتلقي التعليقات
field-comment-visibility = من يطّلع على التعليقات
comment-visibility-public = علنية
comment-visibility-members = للأعضاء فقط
comments-title = التعليقات على «{ $title }»
comments-none = لم يُقدَّم أي تعليق بعد.
comments-closed = لا توجد اليوم فترة مفتوحة لتلقي التعليقات.
comments-members-only = فترة تلقي التعليقات المفتوحة حاليًا مخصصة لأعضاء الهيئة.
comments-sign-in = سجّل الدخول بحساب مؤكَّد لتقديم تعليق.
comments-open = فترة تلقي التعليقات مفتوحة ({ $title }) حتى { $until }.
comment-add-heading = تعليق
comment-add = إرسال التعليق
field-comment = تعليقك
field-hide-reason = سبب الإخفاء
comment-hide = إخفاء
comment-hidden = أخفاه { $by } في { $at }: { $reason }
error-no-comment = لا يوجد تعليق بالمعرِّف «{ $id }».
error-code-window_ends_before_start = تنتهي فترة تلقي التعليقات قبل أن تبدأ.
error-code-window_incomplete = أدخل أول يوم وآخر يوم لتلقي التعليقات معًا، أو لا تدخل أيًّا منهما.
error-code-meeting_of_another_body = هذا الاجتماع ليس من اجتماعات الهيئة.
error-code-comments_closed = لا توجد اليوم فترة مفتوحة لتلقي التعليقات على هذا النص.
audit-text-reading = فُتحت قراءة
audit-text-comment = قُدِّم تعليق
audit-text-comment-hide = أُخفي تعليق

## خرائط الآراء
opinion-heading = خرائط الآراء
opinion-new-link = فتح خريطة آراء
opinion-none = لا توجد أي خريطة آراء بعد.
opinion-new = خريطة آراء جديدة لـ { $name }
opinion-create = فتح خريطة الآراء
field-question = السؤال المطروح على المشاركين
opinion-totals = عدد المشاركين: { $participants }، وعدد الأصوات المُدلى بها: { $votes }، وعدد العبارات: { $statements }.
opinion-map-heading = الخريطة
opinion-map-title = المشاركون موزَّعون بحسب تصويتهم، وملوَّنون بحسب المجموعة
opinion-map-summary = عدد المشاركين الذين صوّتوا على عدد كافٍ من العبارات لإظهارهم على الخريطة: { $participants }؛ وهم موزَّعون على مجموعات عددها { $groups } ({ $sizes }).
opinion-map-too-few = لا توجد بعدُ أصوات كافية لرسم الخريطة.
opinion-group = المجموعة { $letter }
opinion-members = { $count ->
    [zero] لا يوجد مشاركون
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
opinion-agreed = وافق عليها { $percent }% من المجموعة
opinion-disagreed = لم يوافق عليها { $percent }% من المجموعة
opinion-percent = { $percent }%
opinion-nothing-distinctive = لا شيء يميّز هذه المجموعة عن غيرها بعد.
opinion-bridging = ما تتفق عليه جميع المجموعات
opinion-bridging-help = العبارات مرتَّبة بحسب توافق الآراء المراعي للمجموعات، أي حاصل ضرب احتمالات موافقة المجموعات كلٌّ على حدة. ومن هنا يمكن أن يبدأ النص الذي يقرّب بين المجموعات.
opinion-by-stakeholder = درجة الموافقة حسب مجموعة أصحاب المصلحة المُعلَنة (العبارات العشرون التي تتباين فيها المجموعات أكثر من غيرها، بهذا الترتيب)
opinion-by-region = درجة الموافقة حسب المجموعة الإقليمية المُعلَنة (العبارات العشرون التي تتباين فيها المجموعات الإقليمية أكثر من غيرها، بهذا الترتيب)
opinion-statement = العبارة
opinion-divergence = درجة التباين
opinion-export-help = بصيغة التصدير الخاصة بـ Pol.is.
opinion-statements-heading = العبارات
opinion-no-statements = لا توجد أي عبارة بعد.
opinion-counts = موافقة: { $agree }، عدم موافقة: { $disagree }، تخطٍّ: { $pass }
opinion-about-you = معلومات عنك (اختياري): تُحتسب حسب المجموعة، ولا تُعرض أبدًا مقرونة بالاسم
opinion-not-said = غير محدد
opinion-unmoderated = لم يراجعها المشرفون بعد
opinion-agree = أوافق
opinion-disagree = لا أوافق
opinion-pass = تخطٍّ / غير متأكد
opinion-vote = حفظ أصواتي
opinion-sign-in = سجّل الدخول بحساب مؤكَّد للتصويت وكتابة العبارات.
opinion-moderation = الإشراف على المحتوى
opinion-rejected = مرفوضة
opinion-accept = قبول
opinion-reject = رفض
opinion-moderate = تسجيل
field-moderation = القرار
field-statement = عبارة جديدة
field-statement-help = فكرة واحدة، في جملة أو جملتين، يمكن للآخرين أن يوافقوا عليها أو لا يوافقوا (500 حرف على الأكثر).
opinion-add-statement = إضافة العبارة
opinion-import-heading = تحميل بيانات مُصدَّرة من Pol.is
opinion-import-help = حمّل الملفين comments.csv و votes.csv من البيانات المُصدَّرة لمحادثة على Pol.is في خريطة الآراء الفارغة هذه. ولا يُحمَّل أي شيء ما لم يُقرأ الملفان كلاهما دون خطأ.
opinion-import = تحميل البيانات المُصدَّرة
error-no-conversation = لا توجد خريطة آراء بالمعرِّف «{ $id }».
error-code-rejection_reason_required = اذكر سبب رفض العبارة.
error-code-statement_rejected = رفض المشرفون هذه العبارة.
error-code-conversation_not_empty = حمّل البيانات المُصدَّرة في خريطة آراء جديدة: فهذه الخريطة تتضمن عبارات بالفعل.
error-code-vote_on_unknown_statement = يتعلق أحد الأصوات بالعبارة { $statement }، وهي غير موجودة في ملف التعليقات.
error-code-polis_file_unreadable = الملف ليس بصيغة التصدير الخاصة بـ Pol.is: { $detail }
error-code-no_vote = أجب عن عبارة واحدة على الأقل.
audit-conversation-create = فُتحت خريطة آراء
audit-conversation-statement = أُضيفت عبارة إلى خريطة آراء
audit-conversation-moderate = خضعت عبارة للإشراف
audit-conversation-import = حُمّلت بيانات مُصدَّرة من Pol.is

## إحصاءات الردود
stat-heading = إحصاءات الردود
stat-help = يُحتسب كل رد وارد مرة واحدة في كل جدول، بما في ذلك الردود غير المنشورة؛ ولذلك يساوي مجموع كل جدول عدد الردود الواردة، ويؤدي كل رقم إلى قائمة الردود التي يمثلها (وهي الردود المنشورة فقط بالنسبة إلى الجمهور).
stat-dimension-group = مجموعة أصحاب المصلحة
stat-dimension-sub_category = الفئة الفرعية
stat-dimension-region = المجموعة الإقليمية
stat-dimension-country = البلد
stat-dimension-ldc = بلد من أقل البلدان نموًا
stat-dimension-language = اللغة
stat-dimension-channel = طريقة الورود
stat-caption = الردود الواردة: { $total }
stat-responses = الردود
stat-share = النسبة
stat-total = المجموع
stat-chart = رسم بياني بالأعمدة للجدول أعلاه: الردود حسب «{ $dimension }»
stat-not-stated = غير مذكور
stat-ldc-yes = بلد من أقل البلدان نموًا
stat-ldc-no = بلد آخر
stat-dimension-developing = بلد نامٍ
stat-developing-yes = بلد نامٍ
stat-developing-no = بلد متقدم
responses-filtered = الردود المحتسبة ضمن «{ $dimension }» فقط: { $value }
responses-all-link = جميع الردود
error-bad-filter = لا يمكن تصفية هذه القائمة بهذه الطريقة.
question-grouped-by = التجميع حسب:
campaigns-heading = الحملات بين الردود المنشورة
campaigns-in-full = تُجمع الردود شبه المتطابقة في حملات؛ ويُعرض كل رد ويُحتسب كاملًا أدناه.
campaigns-collapsed = تُعرض كل حملة مرة واحدة أدناه مع عدد الردود المدمجة فيها؛ وما زالت المجاميع أعلاه تحتسب كل رد.
campaigns-collapse = عرض كل حملة مرة واحدة
campaigns-show-all = عرض جميع الردود
campaign-summary = الحملة { $number }: عدد الردود { $size }، وعدد الصيغ المختلفة { $variations }
campaign-senders = أرسلها: { $senders }
campaign-member = جزء من الحملة { $number }
campaign-folded = وردود أخرى من الحملة نفسها عددها { $count }
stat-campaigns-in-full = يُحتسب كل رد، بما في ذلك الردود التي تنتمي إلى حملة من الردود شبه المتطابقة.
stat-campaigns-collapse = احتساب كل حملة مرة واحدة
stat-campaigns-collapsed = تُحتسب كل حملة من الردود شبه المتطابقة مرة واحدة: عدد الردود المدمجة في حملاتها { $folded }.
stat-campaigns-count-all = احتساب كل رد
stat-caption-collapsed = الردود المحتسبة، كل حملة مرة واحدة: { $total }
issues-heading = القضايا المطروحة
issues-help = قضايا السياسة العامة الدولية التي تطرحها الردود، وقد سُجّلت كل منها من المقاطع المحددة التي طرحتها. كل رقم هو عدد ردود، يُحتسب كل رد مرة واحدة لكل قضية، بما في ذلك الردود غير المنشورة.
issues-how-to-record = لتسجيل قضية، افتح ردًا واختر «تسجيل قضية من هذه الإجابة» أسفل الإجابة.
issues-areas = المجالات العامة
issues-all-areas = كل المجالات
issues-count = { $count ->
    [0] لم تُسجَّل أي قضية بعد.
    [one] قضية واحدة.
   *[other] { $count } قضايا.
}
col-issue = القضية
col-area = المجال العام
issues-duplicates = قضايا مكررة على الأرجح
issues-merged = قضايا دُمجت في غيرها
issue-merged-into = دُمجت هذه القضية في { $issue }؛ وتُحتسب مصادرها هناك.
issue-no-area = غير مصنفة في أي مجال
issue-recorded-by = سجّلها
issue-merged-from = دُمجت فيها
issue-sources = المقاطع التي طرحتها
issue-sources-elsewhere = ترد مقاطعها تحت القضية التي دُمجت فيها.
issue-source-question = السؤال { $question }
issue-source-recorded-under = سُجّل تحت { $issue }
issue-source-answer = قراءة الإجابة كاملة
issue-source-recorded = سجّله { $who }
issue-source-withheld = رد غير منشور
issue-area-trail = المجالات عبر الزمن
issue-set-area = التصنيف في مجال
issue-merge = الدمج في قضية أخرى
issue-merge-help = يحتفظ الدمج بكل مقاطع القضيتين؛ ثم تشير هذه القضية إلى القضية التي انضمت إليها. اذكر لماذا هما القضية نفسها.
field-merge-into = القضية التي تبقى
issue-new-heading = تسجيل قضية من هذه الإجابة
issue-likely-duplicates = قضايا مسجلة من قبل تبدو مشابهة
issue-likely-duplicates-help = أضف المقطع إلى إحداها، أو سجّل قضية جديدة على أي حال.
issue-likeness = تشابه بنسبة { $percent }٪
issue-add-to = إضافة المقطع إلى { $issue }
field-passage = المقطع
field-passage-hint = انسخ الكلمات من الإجابة أعلاه كما وردت؛ وقد تختلف المسافات وفواصل الأسطر.
field-existing-issue = الإضافة إلى قضية موجودة
issue-new-option = قضية جديدة
field-issue-title = عنوان القضية الجديدة
issue-record = تسجيل القضية
issue-record-anyway = التسجيل كقضية جديدة على أي حال
issue-record-from-answer = تسجيل قضية من هذه الإجابة
error-no-issue = لا توجد قضية { $id } في هذه الدعوة.
error-no-answer = لا يتضمن الرد «{ $id }» إجابة مكتوبة على هذا السؤال.
error-code-issue_title_required = أعطِ القضية الجديدة عنوانًا، أو اختر قضية موجودة.
error-code-issue_merge_self = لا يمكن دمج قضية في نفسها.
error-code-response_not_in_call = لا يوجد رد على هذه الدعوة يحمل هذا المرجع.
error-code-answer_missing = لا يتضمن هذا الرد إجابة مكتوبة على هذا السؤال.
error-code-passage_not_in_answer = هذا المقطع غير موجود في هذه الإجابة؛ انسخه منها كما ورد.
error-code-issue_not_of_call = هذه القضية ليست من قضايا هذه الدعوة.
error-code-issue_merged = دُمجت هذه القضية في قضية أخرى؛ استخدم تلك القضية.
audit-call-issue = سُجّلت قضية من رد
audit-call-issue_source = أُضيف مقطع إلى قضية
audit-call-issue_merge = دُمجت قضايا
audit-call-issue_area = صُنّفت قضية في مجال عام
themes-heading = المواضيع
themes-help = تُقترح المواضيع حسابيًا انطلاقًا من الإجابات (تُرجَّح الكلمات بحسب مدى تمييزها لإجابة عن غيرها، ثم تُجمَّع)، ويُشرح كل موضوع بأبرز كلماته وبمقتطفات تمثيلية. ويتولى أشخاص قبول كل موضوع أو إعادة تسميته أو دمجه أو تقسيمه أو تنحيته جانبًا؛ وتُرمَّز الإجابات بالمواضيع المقبولة، ويمكن لأي شخص يشارك في تجميع الردود أن يصحح ترميزًا مع ذكر السبب.
themes-scope-question = السؤال { $question }
themes-scope-call = الطلب بأكمله
theme-state-suggested = مقترح
theme-state-accepted = مقبول
theme-state-merged = مدموج
theme-state-split = مقسَّم
theme-state-set_aside = منحّى جانبًا
theme-state-superseded = حلّ محله اقتراح لاحق
theme-merged-into = دُمج في { $theme }
theme-run-state-queued = المواضيع في انتظار حسابها.
theme-run-state-running = يجري حساب المواضيع.
theme-run-state-done = اكتمل حساب المواضيع.
theme-run-state-failed = فشلت عملية الحساب.
theme-run-done = آخر اقتراح: عدد الإجابات المقروءة { $answers } ({ $scope })، وعدد المواضيع المقترحة { $themes }.
theme-run-failed = فشل آخر اقتراح: { $error }
theme-run-refresh = تُحدَّث هذه الصفحة تلقائيًا إلى أن تكتمل العملية.
themes-accepted = المواضيع المقبولة
themes-none-accepted = لم يُقبل أي موضوع بعد.
themes-accepted-caption = المواضيع المقبولة وعدد الإجابات المرمَّزة بكل منها
col-theme = الموضوع
col-scope = الإجابات عن
col-theme-words = أبرز الكلمات
col-coded = الإجابات المرمَّزة
themes-suggest = اقتراح مواضيع
field-theme-scope = اقتراح مواضيع بشأن
themes-suggested = المواضيع المقترحة
theme-members = عدد الإجابات المجمَّعة هنا: { $count }
field-theme-label = الاسم
theme-accept = قبول
theme-rename = إعادة التسمية
field-theme-merge-into = الدمج في
theme-merge = دمج
theme-split = التقسيم إلى موضوعين
theme-set-aside = التنحية جانبًا
themes-closed = المواضيع المدموجة أو المقسَّمة أو المنحّاة جانبًا
theme-coded-answers = الإجابات المرمَّزة بهذا الموضوع
theme-none-coded = لا توجد أي إجابة مرمَّزة بهذا الموضوع.
theme-correct = تصحيح ترميز
theme-correct-help = رمِّز إجابة بهذا الموضوع، أو أزل الموضوع عنها. ويُحفظ التصحيح مع السبب الذي تذكره، ولا تلغيه أي عملية حساب لاحقة.
field-response-reference = الرقم المرجعي للرد
field-theme-applies = هل ينطبق الموضوع؟
theme-applies-yes = نعم، رمِّز الإجابة به
theme-applies-no = لا، أزل الموضوع عن الإجابة
theme-coded-computed = رُمِّزت حسابيًا
theme-coded-person = رمَّزها { $who }: { $reason }
error-no-theme = لا يوجد موضوع { $id } في هذا الطلب.
error-code-theme_not_of_call = هذا الموضوع ليس من مواضيع هذا الطلب.
error-code-theme_closed = دُمج هذا الموضوع أو قُسِّم أو نُحّي جانبًا أو حلّ محله غيره؛ اعمل على المواضيع التي حلّت محله.
error-code-theme_merge_self = لا يمكن دمج موضوع في نفسه.
error-code-theme_split_too_small = لا يمكن تقسيم هذا الموضوع: فإجاباته قليلة جدًا أو متشابهة جدًا.
error-code-theme_not_accepted = لا تُرمَّز الإجابات إلا بموضوع مقبول؛ اقبله أولًا.
error-code-theme_run_busy = يجري بالفعل حساب المواضيع لهذا الطلب؛ انتظر حتى تنتهي هذه العملية.
error-code-question_not_of_call = هذا السؤال ليس من أسئلة هذا الطلب.
audit-call-theme_run = طُلب اقتراح مواضيع
audit-call-theme_accept = قُبل موضوع
audit-call-theme_rename = أُعيدت تسمية موضوع
audit-call-theme_set_aside = نُحّي موضوع جانبًا
audit-call-theme_merge = دُمجت مواضيع
audit-call-theme_split = قُسِّم موضوع
audit-call-theme_coding = صُحِّح ترميز إجابة
divergence-heading = التقارب والتباين
divergence-help = لكل بند (قضية أو موضوع مقبول): نسبة ردود كل مجموعة التي تطرحه، ومدى تباين المجموعات بشأنه. ودرجة التباين هي تباعد جنسن–شانون (Jensen–Shannon) بين نسب المجموعات (0: تطرحه كل المجموعات بالتواتر نفسه؛ 1: أقصى تباعد ممكن)؛ والفارق هو أعلى نسبة مطروحًا منها أدنى نسبة، بالنقاط المئوية. ويُحتسب كل رد، بما في ذلك الردود غير المنشورة.
divergence-by-group = حسب مجموعة أصحاب المصلحة
divergence-by-region = حسب المجموعة الإقليمية
divergence-nothing = لم تُسجَّل أي قضية ولم يُقبل أي موضوع بعد.
divergence-rates = ما تطرحه كل مجموعة
divergence-rates-caption = نسبة ردود كل مجموعة التي طرحت كل قضية أو موضوع (عدد الردود بين قوسين)
divergence-item = القضية أو الموضوع
divergence-measure = درجة التباين
divergence-spread = الفارق (نقاط مئوية)
divergence-rates-chart = خريطة حرارية للجدول أعلاه: كلما كانت الخلية أغمق، كانت نسبة ردود المجموعة التي طرحت البند أكبر. والأعمدة مرقَّمة كما في الجدول.
divergence-pairs = مدى التباعد بين المجموعات
divergence-pairs-caption = تباعد جنسن–شانون بين المجموعات، على مستوى جميع القضايا والمواضيع (0: تطرح المجموعات الأمور نفسها بالتواتر نفسه)
divergence-pairs-chart = خريطة حرارية للجدول أعلاه: كلما كانت الخلية أغمق، كانت المجموعتان أكثر تباعدًا. والصفوف والأعمدة مرقَّمة كما في الجدول.
nav-search = البحث
search-heading = البحث في الردود
search-title = بحث: { $query }
search-label = الكلمات المطلوب البحث عنها
search-hint = افتراضيًا، تتضمن النتائج جميع الكلمات. ضع العبارة بين علامتَي تنصيص مستقيمتين ("…")، واكتب OR بين البدائل، وضع - قبل الكلمة لاستبعادها، و* بعد بداية الكلمة للعثور على كل الكلمات التي تبدأ بها. بأي لغة من لغات الأمم المتحدة الرسمية الست.
search-submit = بحث
search-stale = ما زالت أحدث التغييرات قيد الإضافة إلى البحث؛ أعد البحث بعد لحظات لتشملها النتائج.
search-truncated = لم تُستخدم إلا الكلمات الـ 32 الأولى من عبارة البحث.
search-narrow = تضييق نطاق البحث
search-clear-facet = الكل
search-results = { $count ->
    [0] لم يُعثر على أي نتيجة.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
    [many] { $count } نتيجةً.
   *[other] { $count } نتيجة.
}
search-pages = صفحات النتائج
search-previous = النتائج السابقة
search-next = النتائج التالية
search-campaign = الحملة { $number } (السؤال { $question })
search-part-answer = الإجابات
search-part-file = الملفات الواردة
search-facet-call = طلب المساهمات
search-facet-question = السؤال
search-facet-group = مجموعة أصحاب المصلحة
search-facet-region = المجموعة الإقليمية
search-facet-country = البلد
search-facet-lang = اللغة
search-facet-campaign = الحملة
search-facet-part = الإجابات أو الملفات
search-hit-answer = الإجابة عن السؤال { $question } — { $call }
search-hit-file = الملف «{ $file }» — { $call }
propose-as-topic = اقتراحه موضوعًا لعمل الهيئة
propose-as-topic-help = يُقترح موضوع العمل على الهيئة مرتبطًا بهذا البند، ومن خلاله بالردود التي يستند إليها؛ ثم تسجّل الهيئة قرارها بشأنه.
topic-drawn-from = مستمد من
topic-origin-responses = { $count ->
    [one] طُرح في رد واحد
    [two] طُرح في ردّين
    [few] طُرح في { $count } ردود
    [many] طُرح في { $count } ردًا
   *[other] طُرح في { $count } رد
}
error-code-topic_source_not_of_body = لا تنتمي هذه القضية أو هذا الموضوع إلى أي من طلبات الهيئة.

# Mapping of mechanisms and gaps.
registry-title = سجل الآليات
registry-intro = الهيئات والعمليات والمنتديات والصكوك الدولية القائمة، المشتركة بين جميع الأفرقة العاملة، كي يعيد فريق لاحق استخدام سجل فريق سابق.
registry-none = لا يتضمن السجل أي آلية بعد.
registry-caption = الآليات، حسب الاسم
mechanism-new = إضافة آلية
mechanism-add = إضافة الآلية
mechanism-edit = تعديل هذه الآلية
mechanism-edit-title = تعديل { $name }
mechanism-assessed = القضايا التي قُيّمت الآلية بشأنها
mechanism-assessed-none = لم يذكر أي رسم خرائط هذه الآلية بعد.
mechanism-assessed-caption = الصفوف التي تذكر هذه الآلية، حسب العملية
field-name = الاسم
field-website = العنوان العام
field-illustrative = توضيحي (بيانات عرض، وليست حقيقة موثقة)
field-mechanism-kind = النوع
field-parent-organization = المنظمة الأم
field-scope = النطاق
field-participants = من يشارك
field-access = مفتوحة أو مغلقة
field-decides-by = طريقة اتخاذ القرار
field-founding-instrument = الصك التأسيسي
field-sources = المصادر
mechanism-kind-organisation = منظمة حكومية دولية
mechanism-kind-conference = مؤتمر أو جمعية
mechanism-kind-forum = منتدى
mechanism-kind-instrument = معاهدة أو صك
mechanism-kind-process = عملية أو برنامج
mechanism-kind-technical = هيئة تقنية أو هيئة معايير
mechanism-kind-regional = هيئة إقليمية
participants-states_only = الدول فقط
participants-multistakeholder = متعددة أصحاب المصلحة
access-open = مفتوحة
access-closed = مغلقة
exercises-title = رسم خرائط الآليات
exercises-intro = تستعرض الهيئة القضايا المستخلصة من الردود، وتحصر الآليات القائمة التي تعالج كلاً منها، وتقيّم وضعها وتحدد الثغرات.
exercises-none = ليس لهذه الهيئة أي عملية لرسم الخرائط بعد.
exercise-start = بدء عملية لرسم الخرائط
exercise-new-title = عملية جديدة لرسم الخرائط لـ { $name }
field-mapped-call = الدعوة التي تُرسم خرائط قضاياها
field-terms = الاختصاصات
exercise-lead = قضايا «{ $call }»: { $issues } قضية، و{ $accepted } صفاً مقبولاً، و{ $gaps } ثغرة.
gaps-title = الثغرات
gaps-intro = القضية التي لا يبيّن أي صف مقبول أنها مُعالَجة هي ثغرة: غائبة إن لم تعالجها أي آلية، وضعيفة إن عالجتها الآليات جزئياً. تُستنتج الثغرات من الصفوف ولا تُكتب يدوياً.
gaps-none = لا توجد ثغرات: كل قضية مقيَّمة تعالجها آلية.
gap-kind-lacking = لا تعالجها أي آلية
gap-kind-weak = مُعالَجة جزئياً فقط
gap-decided = قرر بشأنها الفريق العامل
gap-referred = أُحيلت إلى الفريق العامل
gap-rows = الصفوف التي تستند إليها:
gap-heading = الثغرة
gap-unexplained = لم يُكتب أي تفسير بعد.
gap-explain = حفظ التفسير
gap-none-here = هذه القضية ليست ثغرة.
field-explanation = التفسير
mapping-csv = المصفوفة بصيغة CSV
mapping-json = المصفوفة بصيغة JSON
mapping-import = استيراد صفوف من جدول بيانات
mapping-import-lead = ملف CSV بسطر عناوين والأعمدة issue ‏(I3) وmechanism (الاسم أو المختصر كما في السجل) وstatus وnotes وevidence (مفصولة بـ ;). يُقبل الملف كاملاً أو لا يُقبل.
mapping-matrix = القضايا × الآليات
mapping-areas = المجالات العامة
mapping-all-areas = جميع المجالات
mapping-no-area = دون مجال عام
mapping-heatmap-caption = كل خلية صف من رسم الخرائط، ملوّنة حسب حالتها؛ وتشير النقطة إلى ثغرة. ويقول الجدول أدناه الشيء نفسه بالكلمات.
mapping-table-caption = آليات كل قضية، حسب الحالة
mapping-not-contributor = لا يقترح الصفوف هنا إلا المشاركون في الهيئة.
mapping-sign-in = سجّل الدخول لاقتراح صف
mapping-issue-sources = مصدر القضية
mapping-rows = الآليات المدرجة
mapping-rows-none = لم تُدرج أي آلية لهذه القضية بعد.
mapping-standing-addressed = مُعالَجة
mapping-standing-not_assessed = لم تُقيَّم بعد
mapping-status-not_assessed = لم يُقيَّم بعد
mapping-status-addressing = يعالجها
mapping-status-partly = يعالجها جزئياً
mapping-status-not_addressing = لا يعالجها
row-state-proposed = مقترح
row-state-accepted = مقبول
row-state-contested = متنازع عليه
col-exercise = العملية
col-mechanism = الآلية
col-status = الحالة
col-row-state = موقف المنسقين
col-standing = الوضع
col-assessed-by = قيّمه
row-propose = اقتراح صف
row-assess = إعادة التقييم
row-decide = تسجيل رأي المنسقين
row-proposed-by = اقترحه { $name } في { $when }
row-assessed-by = قيّمه { $name } في { $when }
field-notes = ملاحظات
field-evidence = الأدلة
field-evidence-hint = واحد في كل سطر: عنوان ويب؛ أو مرجع رد (12-00042) وحده أو متبوعاً بـ : والمقطع المقتبس؛ أو رمز وثيقة في السجل.
mapping-questions-heading = حيث لا يتفق الفريق
questions-intro = يجمع الصف المتنازع عليه أو الثغرة خيارات تمثل نطاق الآراء؛ ويُحال إلى الفريق العامل الذي يقرر مرة واحدة.
question-subject-gap = الثغرة
question-subject-row = الصف الخاص بـ { $mechanism }
question-refer = الإحالة إلى الفريق العامل
question-referred-by = أحالها { $name } إلى الفريق العامل في { $when }.
question-decide = تسجيل قرار الفريق العامل
question-decide-title = قرار الفريق العامل
question-decided = اختار الفريق العامل «{ $option }» في { $date } (الاجتماع: { $meeting }). الأساس: { $basis }
option-add = إضافة خيار
option-supported-by = يؤيده
field-question-subject = بشأن
field-option-text = الخيار
field-option-chosen = الخيار المختار
field-supporting-groups = تؤيده مجموعات أصحاب المصلحة
field-supporting-regions = تؤيده المجموعات الإقليمية
snapshots-title = التقارير الصادرة
snapshots-intro = يحتفظ كل تقرير مرحلي والوثيقة المجمّعة النهائية بالمصفوفة والثغرات كما كانت يوم صدورها.
snapshots-none = لم يصدر أي تقرير بعد.
snapshots-caption = التقارير، حسب تاريخ الصدور
snapshots-compare = مقارنة تقريرين
snapshot-issue = إصدار تقرير بالمصفوفة كما هي
snapshot-kind-update_report = تقرير مرحلي
snapshot-kind-initial_output = الناتج الأولي
snapshot-kind-final_document = الوثيقة المجمّعة النهائية
field-snapshot-kind = صادر بوصفه
field-from = من
field-to = إلى
snapshot-lead = { $kind }، صدر في { $date } عن { $name }. كما كان في ذلك اليوم.
snapshot-caption = الصفوف كما صدرت
compare-lead = من «{ $from }» إلى «{ $to }».
compare-none = لم يتغير شيء بين هذين التقريرين.
change-row-added = I{ $issue }: أُدرجت { $mechanism } ({ $status })
change-row-dropped = I{ $issue }: لم تعد { $mechanism } مدرجة (كانت { $status })
change-row-changed = I{ $issue }: انتقلت { $mechanism } من { $before } إلى { $after }
change-gap-opened = أصبحت I{ $issue } ثغرة: { $kind }
change-gap-closed = لم تعد I{ $issue } ثغرة (كانت: { $kind })
error-no-exercise = لا توجد عملية لرسم الخرائط { $id }.
error-no-mechanism = لا توجد آلية { $id } في السجل.
error-no-question = لا توجد مسألة { $id } في رسم الخرائط هذا.
error-no-row = لا يوجد صف { $id } في رسم الخرائط هذا.
error-no-snapshot = لا يوجد تقرير { $id } لرسم الخرائط هذا.
error-code-duplicate_mechanism = يتضمن السجل بالفعل آلية باسم { $name }.
error-code-call_not_mappable = ترسم الهيئة خرائط قضايا دعواتها أو دعوات هيئة أعلى منها.
error-code-issue_not_in_exercise = هذه القضية ليست من القضايا التي ترسم هذه العملية خرائطها.
error-code-unknown_mechanism = لا يتضمن السجل الآلية { $value }؛ أضفها إلى السجل أولاً.
error-code-duplicate_row = لهذه القضية صف لهذه الآلية بالفعل؛ أعد تقييم ذلك الصف بدلاً من ذلك.
error-code-unknown_response = لا يوجد رد مقدَّم بالمرجع { $value }.
error-code-evidence_withheld = الرد { $value } غير منشور؛ لا يستشهد به إلا من يجمّعون ردود الدعوة.
error-code-passage_withheld = الرد { $value } غير منشور: استشهد به بمرجعه فقط، دون اقتباس.
error-code-not_a_gap = هذه القضية ليست ثغرة: تُظهر صفوفها المقبولة آلية تعالجها، أو لم يُقيَّم أي صف بعد.
error-code-not_contested = تخص الخيارات ثغرة أو صفاً متنازعاً عليه؛ ضع علامة النزاع على الصف أولاً.
error-code-already_referred = أُحيلت هذه المسألة إلى الفريق العامل بالفعل؛ ولا تقبل مزيداً من الخيارات.
error-code-not_referred = لم يُحل هذا قط إلى الفريق العامل.
error-code-already_decided = سُجل قرار الفريق العامل بشأن هذه المسألة بالفعل.
error-code-question_needs_options = تُحال المسألة إلى الفريق العامل مع { $min } خيارات على الأقل تمثل نطاق الآراء.
error-code-unknown_meeting = ليس للفريق العامل اجتماع كهذا.
error-code-unknown_issue = اختر إحدى القضايا المعروضة.
error-code-unknown_call = لا توجد دعوة كهذه.
error-code-too_many = { $max } على الأكثر، وليس { $count }.
error-code-missing_columns = يحتاج الملف إلى العمودين issue وmechanism.
error-code-too_many_lines = { $max } سطراً على الأكثر في الملف الواحد.
error-code-unreadable_line = لا يمكن قراءة السطر { $line }.
error-code-invalid_line = السطر { $line }: { $problem }
error-code-mapping_file_unreadable = لا يمكن قراءة الملف بصيغة CSV بسطر عناوين.
error-code-mapping_file_empty = لا يتضمن الملف أي صف.
error-code-line_unknown_mechanism = السطر { $line }: لا يتضمن السجل الآلية { $value }.
error-code-line_issue_not_in_exercise = السطر { $line }: { $value } ليست قضية ترسم هذه العملية خرائطها.
body-mapping-link = الآليات والثغرات التي رسمت هذه الهيئة خرائطها
mapping-paged = رسم الخرائط هذا كبير، لذا يُعرض مجالاً عاماً واحداً في كل مرة؛ ويعرض «جميع المجالات» المصفوفة كاملة.
opinion-next-heading = العبارة التالية لك
opinion-all-voted = لقد صوّتّ على كل العبارات. شكراً؛ يمكنك تغيير صوت أدناه.
opinion-counts-hidden = صوّت لترى كيف صوّت الآخرون
opinion-you = أنت
opinion-you-are-in = أنت في { $group }.
opinion-map-failed = تعذّر رسم الخريطة: فشل التحليل ({ $error }).
mail-statement-accepted-subject = قُبلت عبارتك: { $title }
mail-statement-accepted-body = عزيزي/عزيزتي { $name }،

    قَبِل المشرفون عبارتك في «{ $title }»:

    { $statement }

    يصوّت المشاركون عليها الآن: { $link }
mail-statement-rejected-subject = لم تُقبل عبارتك: { $title }
mail-statement-rejected-body = عزيزي/عزيزتي { $name }،

    لم يقبل المشرفون عبارتك في «{ $title }»:

    { $statement }

    السبب: { $reason }

    يمكنك كتابة عبارة أخرى: { $link }
