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
language-switcher = اللغة
breadcrumb = مسار التنقل
footer-text = Concord — جميع المدخلات والقرارات والتقارير في عملية متعددة أصحاب المصلحة، متاحة للجميع.
footer-api = البيانات نفسها بصيغة JSON
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
error-code-invalid_date = «{ $value }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2013-05-30.

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
