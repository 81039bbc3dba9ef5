# Concord 的中文（简体）界面。Concord's interface in Chinese (simplified): same keys as en.ftl,
# the reference catalogue. 用户撰写的内容不在此翻译。

## 布局（Layout）

site-name = Concord
skip-link = 跳至正文
nav-main = 主导航
nav-bodies = 机构
nav-countries = 国家
nav-organizations = 组织
nav-people = 人员
nav-events = 活动
nav-admin = 管理
language-switcher = 语言
breadcrumb = 导航路径
footer-text = Concord——公开呈现多利益攸关方进程的每一份意见、每一项决定和每一份报告。
footer-api = 相同数据的 JSON 格式
footer-source = 源代码（AGPL-3.0）
demo-note-title = 演示数据。
demo-note-body = 标有“示例”的条目仅为示例，并非实际组成情况的记录。
demo-entry = 此条目为示例性演示数据。

## 日期和数字（Dates and numbers）

date-long = { $year }年{ $monthNumber }月{ $day }日
date-month-year = { $year }年{ $monthNumber }月
date-range = { $start }至{ $end }
date-from = 自{ $start }起
date-until = 至{ $end }止
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
month-genitive-1 = 1月
month-genitive-2 = 2月
month-genitive-3 = 3月
month-genitive-4 = 4月
month-genitive-5 = 5月
month-genitive-6 = 6月
month-genitive-7 = 7月
month-genitive-8 = 8月
month-genitive-9 = 9月
month-genitive-10 = 10月
month-genitive-11 = 11月
month-genitive-12 = 12月

## 首页（Home）

home-title = 首页
home-lead = Concord 公开运行一个多利益攸关方工作组从任务规定到后续行动的全过程：机构及其组成、征集意见、会议、经谈判达成的建议和报告。
home-bodies = 机构
home-no-bodies = 尚未设立任何机构。
home-also = 另见
home-countries = 全部193个会员国和2个观察员国，按联合国区域组列示，并附其成员资格
home-events = { $count ->
   *[other] 相关活动日历（{ $count }项活动）
}
home-api = 相同数据的 JSON 格式

## 机构（Bodies）

bodies-title = 机构
bodies-none = 尚未设立任何机构。
bodies-caption = 委员会、工作组及其下属小组，各列于其上级机构之下
col-body = 机构
col-type = 类型
col-state = 状态
col-dates = 日期
fact-type = 类型
fact-state = 状态
fact-dates = 日期
fact-decision-rule = 决策规则
fact-openness = 开放程度
fact-reports-to = 报告对象
fact-reporting-deadline = 报告截止日期
mandate-heading = 任务规定
mandate-none = 未记录任务规定。
mandate-paragraph = 第{ $paragraph }段
composition-heading = 组成
composition-no-seats = 本机构未规定席位。
balance-caption = { $date }按名额分配的席位
col-quota = 名额
col-seats = 席位
col-filled = 已填补
col-balance = 差额
quota-indicative = （指示性）
balance-filled = 已填满
balance-vacant = 空缺{ $count }个
balance-over = 超出名额{ $count }个
matrix-caption = 按区域组和利益攸关方群体分列的在任成员
col-regional-group = 区域组
col-total = 共计
matrix-no-group = 无区域组
members-heading = 成员和主席团成员
members-none = 未记录成员资格。
members-caption = 在{ $body }中担任职务的所有人员
col-role = 职务
col-member = 成员
col-seat = 席位
col-stakeholder-group = 利益攸关方群体
tag-personal-capacity = 以个人身份
tag-illustrative = 示例
children-heading = 下属小组
lifecycle-heading = 工作阶段
body-json = 本机构数据的 JSON 格式

## 国家（Countries）

countries-title = 国家
countries-intro = 联合国193个会员国和2个非会员观察员国，按选举所用的联合国区域组列示。
countries-no-group = 不属于任何区域组
country-codes = 代码
country-status = 地位
country-member-state = 会员国
country-observer-state = 非会员观察员国
country-group = 区域组
country-group-none = 无
country-development = 发展地位
country-ldc = 最不发达国家
country-no-memberships = { $country }在此处记录的机构中没有成员资格。
country-memberships-caption = { $country }及来自{ $country }的人员的成员资格

## 人员和组织（People and organizations）

memberships-heading = 成员资格
memberships-none = 未记录成员资格。
memberships-caption = 在各机构中担任的职务
person-position = 职位
person-organization = 组织
person-stakeholder-group = 利益攸关方群体
person-country = 国家
people-title = 人员
people-none = 未记录任何人员。
organizations-title = 组织
organizations-none = 未记录任何组织。
organizations-caption = 按名称排列的组织
col-name = 名称
col-ecosoc = 经社理事会地位
org-stakeholder-group = 利益攸关方群体
org-ecosoc = 经社理事会地位
org-based-in = 所在地
org-website = 网站

## 活动（Events）

events-title = 相关活动日历
events-none = 未记录任何活动。
events-caption = { $year }年的活动
col-event = 活动
col-venue = 地点
col-organizer = 主办方
events-filter = 筛选活动
events-filter-year = 年份
events-filter-any = 全部
events-filter-apply = 显示
events-view-list = 列表
events-view-month = 月历
events-months = 月份
events-previous-month = 上一个月
events-next-month = 下一个月
events-feed = 订阅日历（iCalendar）
events-none-match = 没有符合筛选条件的活动。
weekday-1 = 周一
weekday-2 = 周二
weekday-3 = 周三
weekday-4 = 周四
weekday-5 = 周五
weekday-6 = 周六
weekday-7 = 周日

## 账户（Accounts）

account-sign-in = 登录
account-sign-up = 注册
account-sign-out = 退出登录
account-have-account = 已有账户？
account-forgot = 忘记密码？
account-check-inbox-title = 请查看收件箱
account-check-inbox = 如果该地址能够接收我们发送的邮件，一封附有链接的邮件正在发往该地址。该链接仅在有限时间内有效。
account-check-new-inbox = 我们已向您的新地址发送了一个链接。打开该链接后，您的地址即会更改。
account-link-problem-title = 此链接无法使用
account-reset-link = 申请新链接
account-confirmed-title = 已完成
account-confirmed = 您的电子邮件地址已确认。您现在可以登录。
account-email-changed = 您的账户现已使用新地址。
account-wrong-credentials = 电子邮件地址或密码不正确。
account-throttled = 失败尝试次数过多。请等待15分钟后再试，或重置密码。
account-unconfirmed = 请先通过我们发送给您的链接确认您的电子邮件地址。如需获取新链接，请重置密码。
account-confirm-title = 确认
account-confirm-explain = 请点击按钮进行确认。
account-confirm-button = 确认
account-reset-title = 重置密码
account-reset-explain = 请填写您账户的电子邮件地址，我们将向您发送一个链接，供您设置新密码。
account-reset-button = 发送链接
account-choose-password = 设置新密码
account-password-changed-title = 密码已更改
account-password-changed = 您的密码已更改，您已在所有设备上退出登录。请使用新密码登录。
account-title = 您的账户
account-platform = 平台角色
role-administrator = 平台管理员
account-roles = 您的职务
account-no-roles = 您的账户尚未在任何机构中担任职务。秘书处会将账户与在各机构中任职的人员相关联。
account-change-email = 更改电子邮件地址
account-wrong-password = 密码不正确。
account-sessions = 登录会话
account-sign-out-everywhere = 在所有设备上退出登录
account-calendar = 您的会议日历
account-calendar-explain = 一个私人地址，包含您参与的机构的会议，可用于您的日历程序。生成新地址将使旧地址失效。
account-calendar-make = 生成私人日历地址
account-calendar-revoke = 撤销该地址
account-calendar-made-title = 您的私人日历地址
account-calendar-made = 请将此地址添加到您的日历程序中，并妥善保密；此地址仅显示这一次：{ $link }
account-back = 返回您的账户
field-display-name = 您的姓名
field-email = 电子邮件地址
field-password = 密码
field-password-hint = 至少10个字符。
field-new-password = 新密码
field-new-email = 新电子邮件地址
form-error-prefix = 错误：
form-error-summary = 存在问题
mail-confirm-subject = 确认您在 Concord 使用的电子邮件地址
mail-confirm-body =
    { $name }，您好：

    请在48小时内打开以下链接，确认您的电子邮件地址：

    { $link }

    如果您并未注册 Concord，请忽略此邮件。
mail-already-subject = 您的 Concord 账户
mail-already-body =
    您好：

    有人试图使用此地址注册 Concord，但此地址已有账户。如果是您本人，请登录，或通过以下链接设置新密码：

    { $link }

    如果不是您本人，请忽略此邮件。
mail-reset-subject = 设置 Concord 新密码
mail-reset-body =
    { $name }，您好：

    如需设置新密码，请在2小时内打开以下链接：

    { $link }

    如果您并未提出此申请，请忽略此邮件：您的密码将保持不变。
mail-reminder-subject = 提醒：{ $title }
mail-reminder-body =
    { $name }，您好：

    谨此提醒您参加会议：{ $title }，{ $when }，{ $venue }。

    议程和文件载于会议页面：

    { $link }
mail-change-subject = 确认您在 Concord 使用的新地址
mail-change-body =
    { $name }，您好：

    如需将您的 Concord 账户改用此地址，请在48小时内打开以下链接：

    { $link }

    如果您并未提出此申请，请忽略此邮件。

## 管理（Administration）

admin-explain = 您可管理的内容取决于您的职务；机构的组成由该机构的秘书处管理。
admin-new-body = 新建机构
admin-new-person = 新建人员
admin-new-organization = 新建组织
outbox-title = 邮件发件箱
outbox-explain = Concord 发送的每封邮件都保存在此处。未配置邮件服务器时，邮件会保留在此处，不会丢失。
outbox-empty = 尚无邮件。
outbox-caption = 邮件，按时间由新到旧排列
col-written = 撰写时间
col-recipient = 收件人
col-subject = 主题
col-delivery = 投递状态
outbox-sent = 已于{ $date }发送
outbox-not-sent = 未发送
outbox-waiting = 待发送

## 表单（Forms）

form-none = （无）
form-create = 创建
form-save = 保存
form-no-seat = （无席位）
field-body-name = 名称
field-acronym = 简称
field-acronym-hint = 须唯一，例如 WGEC-2013：以字母开头，后接字母、数字、点或连字符。
field-parent = 上级机构
field-mandate-symbol = 任务规定：决议文号
field-mandate-paragraph = 任务规定：段落
field-mandate-text = 任务规定：案文
field-mandate-lang = 任务规定案文的语言
field-lang = 文本语言
field-lang-hint = 语言代码，例如 en、fr、es、ru、zh 或 ar。
field-reporting-target = 报告对象（文字说明）
field-start-date = 开始日期
field-end-date = 结束日期
field-description = 说明
field-lifecycle-to = 新状态
field-lifecycle-on = 生效日期
field-lifecycle-note = 原因，或作出此变更的决定
field-quota-kind = 席位分配对象
field-designated-states = 指定国家
field-designated-states-hint = 以半角逗号分隔的两字母国家代码，例如 CH, TN。
field-quota-label = 标签
field-quota-label-hint = 留空则使用该组别的名称。
field-quota-hard = 硬性名额：拒绝超出席位数的成员
quota-kind-regional_group = 区域组
quota-kind-stakeholder_group = 利益攸关方群体
quota-kind-designated_states = 指定国家
field-state = 国家
field-person = 人员
field-nominated-by = 提名方
field-honorific = 称谓
field-sub-category = 子类别
admin-edit = 编辑{ $name }
admin-lifecycle = { $name }的工作阶段
admin-new-seats = 在{ $name }中新增席位
admin-new-membership = 在{ $name }中新增成员资格
admin-edit-person = 编辑人员
admin-edit-organization = 编辑组织
action-edit-body = 编辑详细信息
action-lifecycle = 更改状态
action-new-seats = 添加席位
action-new-membership = 添加成员
action-new-sub-body = 设立下属小组
admin-edit-seats = 修改席位：{ $name }
admin-edit-membership = 修改成员资格：{ $name }
field-reason = 修改理由
field-reason-hint = 将保存在历史记录中，例如“任期届满”。
col-actions = 操作
action-edit = 修改
action-invite = 邀请参与
admin-invite = 邀请参与：{ $name }
field-invite-person-hint = 该账户将代表的名录中的人员。
form-send-invitation = 发送邀请
invitation-title = 邀请
invitation-explain = 您受邀代表Concord名录中的一名人员参与工作。接受邀请后，您的账户将与该人员及其职务相关联。
invitation-sign-in-first = 请先登录或创建账户，然后再次打开此链接。
invitation-accept = 接受邀请
mail-invite-subject = 邀请参与：{ $body }
mail-invite-body =
    您好：

    秘书处邀请您代表{ $name }参与Concord中{ $body }的工作。

    如接受邀请，请在14天内打开以下链接（如无账户，请先创建）：

    { $link }

    如您不了解此事，请忽略本邮件。

## 历史记录（History）

audit-heading = 历史记录
audit-none = 未记录任何更改。
audit-caption = 所有更改，按时间由新到旧排列
col-when = 时间
col-who = 操作人
col-what = 更改内容
audit-body-create = 已创建机构
audit-body-update = 已更改详细信息
audit-body-lifecycle = 已更改状态
audit-seat_quota-create = 已添加席位
audit-seat_quota-update = 席位已修改
audit-membership-create = 已添加成员资格
audit-membership-update = 成员资格已修改

## 会议（Meetings）

meetings-heading = 会议
meetings-none = 尚未安排任何会议。
meetings-caption = { $body }的会议
meetings-feed = 订阅会议日程（iCalendar）
timeline-deadline = 提交报告的截止日期
col-number = 序号
col-meeting = 会议
meeting-additional = 增开
action-new-meeting = 安排会议
admin-new-meeting = 新建会议：{ $name }
admin-edit-meeting = 修改会议：{ $name }
field-meeting-number = 序号
field-meeting-number-hint = 第一次会议填1，第二次会议填2，依此类推；增开会议请留空。
field-title = 标题
field-starts-on = 第一天
field-ends-on = 最后一天
field-starts-at = 开始时间
field-ends-at = 结束时间
field-time-zone = 时区
field-time-zone-hint = 会议地点所在的时区，例如 Europe/Zurich 或 America/New_York。
field-room = 会议室
field-modality = 与会方式
field-remote-details = 远程与会：参加方式
field-webcast = 网播链接
field-transcript = 文字记录链接
meeting-state-planned = 已计划
meeting-state-announced = 已公布
meeting-state-registration_open = 开放登记
meeting-state-in_session = 会议进行中
meeting-state-closed = 已结束
meeting-state-summary_published = 总结已发布
meeting-state-cancelled = 已取消
modality-in_person = 现场出席
modality-online = 线上参加
modality-hybrid = 混合形式
audit-meeting-create = 已安排会议
audit-meeting-update = 会议已修改
documents-heading = 文件
documents-none = 尚未登记文件。
documents-caption = { $body }的文件
col-symbol = 文号
col-issued = 印发日期
col-languages = 语文
tag-latest = 最新版本
tag-superseded = 已被取代
action-new-document = 登记文件
admin-new-document = 新文件：{ $name }
field-symbol = 文号
field-symbol-hint = 联合国文件文号，例如 E/CN.16/2014/CRP.2 或 E/CN.16/2014/CRP.2/Rev.1。
field-document-type = 类型
field-issued-on = 印发日期
field-languages = 现有语文
field-languages-hint = 正式语文代码，例如 en、fr、es。
field-url = 文件链接
document-type-agenda = 议程
document-type-secretariat_note = 秘书处的说明
document-type-chairs_summary = 主席总结
document-type-contribution = 意见
document-type-compilation = 汇编
document-type-report = 报告
document-type-resolution = 决议
document-type-other = 其他文件
audit-document-create = 文件已登记
agenda-heading = 议程
agenda-none = 尚无项目。
agenda-state-provisional = 临时议程
agenda-state-adopted = 已通过
agenda-state-adopted_with_changes = 经修改后通过
agenda-add-item = 添加项目
agenda-adopt = 记录通过情况
field-item-number = 项目编号
field-sub-item = 上一项目的分项
field-item-document = 审议的文件（文号，可选）
agenda-item-document = 文件
field-adoption = 通过
field-adoption-note = 通过情况
meeting-no-documents = 本次会议尚未登记文件。
audit-meeting-agenda_item = 已添加议程项目
audit-meeting-adopt_agenda = 议程已通过
summary-heading = 主席总结
summary-none = 尚未发布总结。
summary-write = 主席总结
summary-publish = 发布总结
agenda-outcome = 结果
agenda-record-outcome = 项目结果
audit-meeting-outcome = 已记录结果
audit-meeting-summary = 已发布主席总结
registration-heading = 观察员
registration-cap = 观察员名额：{ $count }。
registration-link = 登记为观察员
registration-not-open = 尚未开放登记。
registration-none-approved = 尚无获准的观察员。
registration-by-group = 按利益攸关方群体分列的获准观察员
registration-by-region = 按所属国家区域组分列的获准观察员
registration-no-region = 无区域组或未注明国家
registration-observers = 获准观察员
field-observer-cap = 获准观察员人数上限
registration-badges = 证件名单（CSV）
registration-all = 全部登记
registration-attended = 已出席
registration-approve = 批准
registration-decline = 拒绝
registration-mark-attended = 标记为出席
registration-mark-absent = 标记为缺席
registration-title = 登记：{ $name }
registration-submit = 登记
registration-done-title = 已收到登记
registration-pending = 已收到您的登记，正等待秘书处批准。
registration-waiting = 观察员名额已满：您已列入候补名单。
registration-back = 返回会议
field-represents = 所代表的组织或国家
field-registration-email-hint = 仅供秘书处使用，不予公布。
registration-status-pending = 等待批准
registration-status-approved = 已批准
registration-status-waiting_list = 候补名单
registration-status-declined = 已拒绝

## 错误（Errors）

error-not-found-title = 找不到页面
error-not-found = 此地址没有页面，可能已被移动；通过上方链接可访问 Concord 发布的全部内容。
error-no-body = 不存在标识为“{ $id }”的机构。
error-no-person = 不存在标识为“{ $id }”的人员。
error-no-organization = 不存在标识为“{ $id }”的组织。
error-unknown-country = “{ $code }”不是已知的国家代码。国家按其 ISO 3166-1 两字母代码列示，例如 CH 或 TN。
error-bad-address-title = 无法识别此地址
error-internal-title = 出现错误
error-internal = 我们这边出现了错误。该错误已被记录；请稍后再试。
error-go-home = 前往首页
error-see-bodies = 查看所有机构
error-forbidden-title = 无权操作
error-forbidden = 您的账户无权在此执行此操作。如果您认为应当有此权限，请联系该机构的秘书处。
error-csrf = 此表单已过期，或是从其他网站提交的。请返回，重新加载页面后再次提交。
error-bad-form = 无法读取此表单。请返回，重新加载页面后再次提交。
error-code-invalid_date = “{ $value }”不是日期；请按 YYYY-MM-DD 格式填写，例如 2013-05-30。
error-code-required = 此项为必填项。
error-code-too_long = 最多{ $max }个字符，当前为{ $count }个。
error-code-control_characters = 其中含有不可见的控制字符。
error-code-invalid_email = 这不是有效的电子邮件地址。
error-code-password_too_short = 请至少使用{ $min }个字符。
error-code-password_is_email = 请勿将您的电子邮件地址用作密码。
error-code-duplicate_email = 此地址已有账户。
error-code-token_invalid = 此链接无效。请申请新链接。
error-code-token_used = 此链接已被使用。请申请新链接。
error-code-token_expired = 此链接已过期。请申请新链接。
error-code-invalid_language = 请使用语言代码，例如 en、fr、ar、zh、ru 或 es。
error-code-unknown_value = 请从所提供的选项中选择一项。
error-code-invalid_acronym = 简称须以字母开头，且只能包含字母、数字、点和连字符，例如 WGEC-2013。
error-code-ends_before_start = 结束日期早于开始日期。
error-code-deadline_before_start = 报告截止日期早于该机构的开始日期。
error-code-duplicate_acronym = 已有其他机构使用此简称；请另选一个。
error-code-unknown_body = 不存在此机构。
error-code-parent_loop = 不能将机构置于其自身或其下属小组之下。
error-code-unknown_country = “{ $code }”不是已知的国家代码；请使用 ISO 3166-1 两字母代码，例如 CH 或 TN。
error-code-out_of_range = 席位数须在1至500之间。
error-code-holder_required = 请指明取得该成员资格的国家、组织或人员。
error-code-observer_without_seat = 观察员不占席位；请将席位一栏留空。
error-code-quota_full = 在上述日期内，此名额的所有席位均已填满；请结束一项现有成员资格，或选择其他日期。
error-code-not_eligible = 该成员属于另一组别，不能填补此名额的席位。
error-code-outside_body_dates = 此日期不在该机构的起止日期范围内。
error-code-unknown_quota = 本机构没有此类席位。
error-code-unknown_person = 不存在此人员。
error-code-unknown_organization = 不存在此组织。
error-code-wrong_group = 此子类别属于另一利益攸关方群体。
error-code-invalid_url = 网址须以 https:// 或 http:// 开头。
error-code-invalid_transition = 该机构无法从当前状态转入此状态。
error-code-internal = 我们这边出现了错误。
error-code-invalid_time = “{ $value }”不是时间；请按 HH:MM 格式填写，例如 10:00。
error-code-unknown_time_zone = 这不是时区；请使用时区名称，例如 Europe/Zurich 或 America/New_York。
error-code-invalid_symbol = “{ $value }”不是联合国文件文号；文号形如 E/CN.16/2014/CRP.2。
error-code-duplicate_symbol = 文号为 { $value } 的文件已经登记。
error-code-duplicate_item_number = 议程中已有项目 { $value }。
error-code-unknown_document = 该机构的登记册中没有文件 { $value }。
error-code-agenda_adopted = 议程已经通过。
error-code-registration_closed = 本次会议尚未开放登记。
error-code-duplicate_registration = 此地址已登记参加本次会议。
error-code-over_cap = 本次会议的观察员名额已满。
error-code-seats_below_members = 同时占用此名额席位的成员有{ $count }名；请先终止部分成员资格，或将该名额改为指示性名额。

## 机构类型（Body types）

body-type-commission = 委员会
body-type-working_group = 工作组
body-type-correspondence_group = 通信小组
body-type-ad_hoc_group = 特设小组
body-type-breakout_group = 分组讨论小组
body-type-task_force = 工作队
body-type-advisory_group = 咨询小组
body-type-organ = 主要机关或理事会

## 决策规则（Decision rules）

decision-rule-consensus = 协商一致
decision-rule-majority = 多数表决
decision-rule-chair_decides = 由主席决定

## 开放程度（Openness）

openness-members_only = 仅限成员
openness-open_ended = 不限成员名额
openness-open_to_all = 向所有人开放

## 工作阶段（Lifecycle）

lifecycle-mandated = 已授权
lifecycle-composition_consultation = 正在就组成进行磋商
lifecycle-established = 已设立
lifecycle-methods_agreed = 已商定工作方法
lifecycle-working = 工作中
lifecycle-report_drafting = 正在起草报告
lifecycle-concluded_agreed = 已结束并商定报告
lifecycle-concluded_without_consensus = 已结束，未达成协商一致
lifecycle-transmitted = 报告已转递
lifecycle-mandate_expired = 任务期限已满

## 职务（Roles）

role-chair = 主席
role-vice_chair = 副主席
role-member = 成员
role-alternate = 候补成员
role-observer = 观察员
role-facilitator = 协调人
role-focal_point = 联络人
role-secretariat = 秘书处

## 区域组（Regional groups）

regional-group-AFR = 非洲国家
regional-group-APG = 亚洲－太平洋国家
regional-group-EEG = 东欧国家
regional-group-GRULAC = 拉丁美洲和加勒比国家
regional-group-WEOG = 西欧和其他国家

## 利益攸关方群体（Stakeholder groups）

stakeholder-group-government = 各国政府
stakeholder-group-private_sector = 私营部门
stakeholder-group-civil_society = 民间社会
stakeholder-group-technical_academic = 技术和学术界
stakeholder-group-intergovernmental = 政府间组织和国际组织

## 经社理事会咨商地位（ECOSOC consultative status）

ecosoc-none = 无咨商地位
ecosoc-general = 全面咨商地位
ecosoc-special = 专门咨商地位
ecosoc-roster = 列入名册

## 利益攸关方子类别（Stakeholder sub-categories）

subcategory-national_government = 国家政府或部委
subcategory-permanent_mission = 常驻代表团
subcategory-regulator = 监管机构
subcategory-subnational_government = 区域或地方当局
subcategory-company = 公司
subcategory-business_association = 工商业协会
subcategory-chamber_of_commerce = 商会
subcategory-ngo = 非政府组织
subcategory-network_or_coalition = 网络或联盟
subcategory-foundation = 基金会
subcategory-trade_union = 工会
subcategory-individual = 个人
subcategory-technical_organization = 互联网技术组织
subcategory-academic_institution = 大学或研究机构
subcategory-individual_expert = 个人专家
subcategory-un_system = 联合国系统实体
subcategory-intergovernmental = 其他政府间组织
subcategory-international_organization = 国际组织

# Document files, following, members at meetings.
language-ar = 阿拉伯文
language-zh = 中文
language-en = 英文
language-fr = 法文
language-ru = 俄文
language-es = 西班牙文
size-bytes = { $count } 字节
size-kb = { $count } KB
size-mb = { $count } MB
error-no-document = 不存在编号为“{ $id }”的文件。
error-no-file = 不存在编号为“{ $id }”的附件。
error-no-membership = 不存在编号为“{ $id }”的成员资格。
document-following = 您正在关注此文件：新版本印发时您将收到电子邮件。
document-follow = 关注此文件
document-unfollow = 取消关注
document-follow-sign-in = 登录后即可关注此文件并获知其修订。
document-versions-heading = 版本和附件
files-none = 此版本没有附件。
files-caption = { $symbol } 的附件
col-language = 语文
col-file = 附件
col-size = 大小
col-sha256 = SHA-256
files-upload = 为 { $symbol } 添加附件
field-file = 附件
field-file-hint = PDF、Word (DOCX) 或 OpenDocument (ODT)，不超过 20 MB。类型根据内容而非文件名判断。
files-submit = 添加附件
audit-document-attach_file = 已添加附件
audit-meeting-register_member = 成员已登记
audit-meeting-member_attendance = 已记录出席情况
error-code-file_empty = 文件为空。
error-code-file_too_large = 文件超过 { $limit } MB。
error-code-file_type_unknown = 该文件不是 PDF、Word (DOCX) 或 OpenDocument (ODT) 文档。
error-code-file_type_mismatch = 文件扩展名为 .{ $claimed }，但其内容是 { $kind } 文档。
error-code-language_not_issued = 该文件未以此语文印发；请先为文件添加该语文。
error-code-meeting_over = 本次会议已结束；与会者名单不能再更改。
error-code-not_a_member = 只有在会议当天任职的成员才能作为成员登记。
error-code-not_registered = 该成员未登记参加本次会议。
roster-heading = 成员
roster-none = 会议当天没有任职的成员。
roster-caption = 会议当天任职的成员及其代表团
col-group = 组别
col-delegation = 代表团
col-attendance = 出席情况
roster-delegation-of = { $member } 的代表团
roster-register = 登记
roster-not-registered = 未登记
mail-revised-subject = { $base } 的新版本：{ $symbol }
mail-revised-body =
    { $name }，您好：

    您关注的文件已印发新版本：{ $symbol }，{ $title }。

    其所有版本和附件见文件页面：

    { $link }

# Topics of a body's work.
topics-heading = 专题
topics-none = 尚未提出专题。
topics-caption = { $body } 工作的专题
col-decision = 决定
topic-propose = 提出专题
topic-new = 为 { $name } 提出新专题
topic-decide = 记录决定
topic-decide-title = 关于“{ $title }”的决定
topic-decision = { $date }，{ $meeting }：{ $basis }（由 { $by } 记录）
topic-decision-outside-meeting = { $date }：{ $basis }（由 { $by } 记录）
topic-state-proposed = 已提出
topic-state-agreed = 已商定
topic-state-not_retained = 未采纳
field-decision = 决定
field-decided-on = 决定日期
field-basis = 决定依据
field-item-topic = 所涉专题
agenda-item-topic = 专题
error-no-topic = 不存在编号为“{ $id }”的专题。
error-code-topic_decided = 该机构已就此专题作出决定。
audit-topic-create = 已提出专题
audit-topic-decide = 已记录关于专题的决定

# Calls for input, responses and receipts.
calls-heading = 征求意见
call-create = 新建征求意见
calls-none = 暂无征求意见。
calls-caption = { $body } 的征求意见
call-deadline = 截止日期
call-state-draft = 草稿
call-state-open = 开放中
call-state-closed = 已关闭
call-state-compiled = 已汇编
call-move-open = 开放征求意见
call-move-closed = 关闭征求意见
call-move-compiled = 将答复标记为已汇编
call-move-label = 更改征求意见状态
audience-confirmed_email = 任何拥有已确认电子邮件地址的人
audience-signed_in = 已登录用户
audience-members = 仅限该机构成员
publication-with_consent = 经答复者同意后公布；否则仅计入统计
publication-aggregate_only = 仅以汇总形式使用
question-kind-free_text = 自由文本
question-kind-single_choice = 单选
question-kind-multiple_choice = 多选
field-opens-on = 开始日期
field-closes-on = 截止日期
field-closes-time = 截止时间
field-closes-time-hint = 按征求意见所用时区；留空则为 23:59。
field-audience = 可答复者
field-consent-text = 同意声明
field-publication = 公布
call-new = { $name } 的新征求意见
error-no-call = 不存在编号为“{ $id }”的征求意见。
error-no-response = 不存在参考编号为“{ $id }”的答复。
call-extensions = 截止日期延长记录
call-extension = 延长至 { $to }（原为 { $from }）：{ $reason }
call-answer = 答复此征求意见
call-extend = 延长截止日期
call-extend-title = 延长“{ $title }”的截止日期
question-add = 添加问题
question-new = 为“{ $title }”新增问题
questions-heading = 问题
questions-none = 尚无问题。
question-word-limit = 最多 { $count } 字
question-required = 必答
field-question-label = 编号
field-question-label-hint = 按印刷原文：2，或子项写作 2 a)。
field-question-text = 问题原文
field-question-kind = 答复方式
field-options = 选项
field-options-hint = 适用于选择题：每行一个选项。
field-word-limit = 字数限制
field-required = 必须作答
field-analytic-group = 分析组
field-analytic-group-hint = 同一组的问题一并分析，例如“第1组”。
respondent-kind-person = 个人
respondent-kind-organization = 组织
respondent-kind-government = 政府
respond-title = 您的答复
respond-deadline = 答复截止时间为 { $deadline }。在此之前，您可以保存草稿并修改答复；您提交的每个版本都会保留。
respond-draft-saved = 草稿已保存，但尚未提交。
respond-submitted = 答复 { $reference } 的第 { $version } 版已提交。
respond-receipts = 查看回执
respond-who = 答复者
field-respondent-kind = 答复身份
field-respondent-name = 名称
field-respondent-name-hint = 您的姓名，或您所代表的组织或政府的名称。
field-country-hint = 两个字母的代码，例如 BR 或 KE。
field-response-lang = 答复语言
respond-consent = 同意
field-consent-publish = 我同意公布本答复。
field-consent-cite = 我同意被具名引用。
respond-versions-kept = 提交后，您将收到一份回执，其中载有参考编号以及与所收内容完全对应的指纹（SHA-256）。
respond-submit = 提交
respond-save-draft = 保存为草稿
receipt-title = 答复回执
receipt-lead = 您的答复已收到并登记。请保存此回执：凭其指纹可以证明您所发送的内容。
receipt-caption = 已收到的答复 { $reference } 各版本
col-version = 版本
col-received = 收到时间（UTC）
col-ledger-entry = 账本条目
receipt-verify = 任何人都可以对照公共账本核查回执：
receipt-ledger = 下载公共账本（JSON 行格式）
receipt-edit = 修改答复（生成新版本及新回执）
mail-receipt-subject = 回执 { $reference }：{ $title }
mail-receipt-body =
    { $name }，您好：

    您对“{ $title }”的答复已收到。

    参考编号：{ $reference }
    版本：{ $version }
    所收内容的 SHA-256：{ $hash }

    回执及记录该回执的公共账本：

    { $link }
error-code-call_not_draft = 问题只能在征求意见处于草稿状态时设置；目前已不处于该状态。
error-code-call_without_questions = 征求意见至少须有一个问题才能开放。
error-code-call_closed = 此征求意见目前不接受答复：尚未开放，或已过截止时间。
error-code-answer_required = 此问题必须作答。
error-code-over_word_limit = 此答复有 { $words } 字；上限为 { $limit } 字。
error-code-too_few_options = 选择题至少需要两个选项，每行一个。
error-code-not_later = 延期必须将截止日期推后。
audit-call-create = 已创建征求意见
audit-call-question = 已添加问题
audit-call-state = 已更改征求意见状态
audit-call-extend = 已延长截止日期
error-bad-encoding = 表单包含无效的 UTF-8 文本。未保存任何内容；请从页面重新提交。

# Publication and review of responses.
responses-heading = 答复
responses-counts = 答复统计
responses-received = 已收到
responses-published = 已公布
responses-withheld = 未公布（未同意公布，或仅以汇总形式使用）
responses-hidden = 经审核隐藏
responses-none = 没有可显示的答复。
responses-all = 收到的全部答复
responses-published-list = 已公布的答复
responses-by-question = 按问题分列的答复
response-anonymous = 一名答复者（{ $group }，{ $country }）
response-withheld = 未公布
response-hidden-because = 已隐藏：{ $reason }
col-reference = 参考编号
col-respondent = 答复者
channel-heading = 接收方式
channel-web = 在线表单
channel-email = 电子邮件
channel-paper = 纸质文件
channel-import = 导入
errata-heading = 勘误
erratum = 答复 { $reference }，{ $date }：{ $field } 由“{ $before }”更正为“{ $after }”。理由：{ $reason }
corrected-field-name = 名称
corrected-field-organization = 组织
corrected-field-stakeholder_group = 利益攸关方群体
corrected-field-sub_category = 子类别
corrected-field-country = 国家
response-title = 答复
response-answers = 各问题的答复
response-review = 秘书处审查
response-correct = 更正署名或类别
field-corrected = 需更正的内容
field-corrected-value = 正确值
field-corrected-value-hint = 名称、利益攸关方群体代码（例如 civil_society）、子类别代码或两个字母的国家代码。
response-hide = 隐藏此答复
response-show = 重新显示此答复
question-answers-count = 已公布 { $count } 条答复。
question-answers-withheld = 另有 { $count } 条答复已计入统计但未公布。
error-code-unchanged = 新值与原值相同。
audit-response-correct = 已更正答复（勘误）
audit-response-hide = 已隐藏答复
audit-response-show = 已重新显示答复
record-title = 登记通过电子邮件或纸质方式收到的答复
record-lead = 答复按收到时的原样登记，附上原件，并像其他答复一样记入登记簿；您将获得可转发的回执。
record-how = 收到方式
field-received-on = 收到日期
field-sender-email = 发件人电子邮件地址
field-sender-email-hint = 可选：回执的发送地址。
field-original = 收到的原件
record-submit = 登记答复
response-files = 收到的文件
audit-call-record_response = 秘书处已登记答复
respond-attachments = 文件
respond-add-files = 附上文件（此后提交的各版本均包含这些文件）
error-code-too_many_files = 一份答复最多附 { $limit } 个文件。

# Importing responses.
import-title = 从文件导入答复
import-lead = 上传包含通过其他渠道收到的答复的 CSV 或 JSON 文件。系统会先逐行检查：只要有任何一行存在问题，就不会导入任何内容，并会列出所有问题。
import-file = CSV 或 JSON 文件
import-file-hint = CSV：一个标题行，包含 kind, name, stakeholder_group, country, lang, consent_publish, consent_cite, email, received_on，另外每个问题占一列，以问题编号作为列标题，例如 2 a)。JSON：由具有相同键的对象组成的数组，各问题的答复置于“answers”之下。
import-check = 检查文件
import-problems = 发现 { $count } 个问题。未导入任何内容。
import-problems-caption = 逐行列出的问题
import-whole-file = 整个文件
import-preview = 所有行均已通过检查：{ $count } 条答复可以导入。
import-confirm = 导入这 { $count } 条答复
import-preview-caption = 将导入的内容
col-row = 行
col-answers = 各问题的答复
col-field = 字段
col-problem = 问题描述
error-code-import_format = 请上传 .csv 或 .json 文件。
error-code-invalid_flag = 请填写“yes”或“no”。
error-code-broken_row = 无法读取此行：其列数与标题行的列数不一致。
error-code-unreadable_file = 无法将该文件读取为带标题行的 CSV，也无法读取为由答复组成的 JSON 数组。
error-code-invalid_encoding = 该文件不是有效的 UTF-8 文本。
error-code-empty_file = 该文件不含任何答复。
error-code-too_many_rows = 每批最多包含 10,000 条答复。
error-code-already_imported = 此批次已导入。
audit-call-import = 已从文件导入答复

# Joint submissions.
field-signatories = 联合答复的联署方
field-signatories-hint = 每行一个联署方，例如：Ana Silva <ana@example.org> 或 Ana Silva, Instituto Nupef <ana@example.org>。系统将通过电子邮件请每个联署方确认。
signatories-heading = 联署方
signatory-confirmed = 已确认
signatory-waiting = 待确认
signature-title = 确认联署
signature-lead = { $name }，您已被列为对“{ $title }”的答复 { $reference } 的联署方。
signature-confirm = 我确认联署本答复
signature-confirmed = 您的联署已确认。谢谢。
error-signature-token = 此确认链接无效。请使用最近一封电子邮件中的链接。
error-code-invalid_signatory = 第 { $line } 行：请填写名称和地址，例如 Ana Silva <ana@example.org>。
error-code-too_many_signatories = 一份答复最多可列 { $limit } 个联署方。
audit-response-confirm_signature = 已确认联署
mail-signature-subject = 请确认您的联署：{ $title }
mail-signature-body =
    { $name }，您好：

    { $respondent } 提交了对“{ $title }”的答复 { $reference }，并将您列为联署方。

    如确认联署，请打开以下链接并点击按钮：

    { $link }

    如您并未同意联署，请忽略此邮件：您将不会被列为已确认的联署方。
error-busy-title = 暂时繁忙
error-busy = Concord 目前收到的内容超出其写入能力。未保存任何内容：请稍候一秒再提交表单。
error-unavailable-title = 暂时不可用
error-unavailable = 目前无法连接数据库或数据库无法写入。未作任何更改：请几秒钟后重试。
error-too-many-title = 请求过多
error-too-many = 此请求过于频繁。请在{ $minutes }分钟后重试。

## 谈判案文
texts-heading = 谈判案文
texts-none = 尚无谈判案文。
texts-caption = { $body }的谈判案文
text-new-link = 新建谈判案文
text-new = 新建谈判案文：{ $name }
text-create = 创建案文
field-kind = 案文类型
field-notation = 案文（采用起草标记法）
field-notation-help = 每段为一个区块，区块之间以空行分隔：“OP5 bis. 案文”，或“OP6.”后接“Alt 1: …”、“Alt 2: …”等行。方括号内为尚未商定的案文；紧接方括号之后，用花括号注明提议方、提议日期和理由：[案文]{"{"}欧盟; 2017-09-26; 理由{"}"}。标题以“## ”开头。
field-note = 修改内容
text-kind-zero_draft = 零草案
text-kind-non_paper = 非正式文件
text-kind-compilation = 汇编
text-kind-chairs_text = 主席案文
text-kind-facilitators_text = 协调人案文
text-kind-rolling = 滚动案文
text-kind-final = 最后案文
text-version = 第{ $version }版
text-state-caption = 案文现状（第{ $version }版）
text-state-paragraphs = 段落
text-state-clean = 无括号的段落
text-state-open = 有括号或备选案文的段落
text-state-brackets = 括号
text-edit = 修改案文
text-edit-title = 修改“{ $title }”
text-save = 保存新版本
text-versions = 所有版本
text-versions-title = “{ $title }”的各个版本
text-versions-caption = “{ $title }”的所有版本，按时间由旧到新排列
text-download = 下载案文（纯文本，起草标记法）
text-compare = 与上一版本比较
text-compare-title = “{ $title }”：第{ $from }版与第{ $to }版比较
text-compare-none = 两个版本完全相同。
text-compare-added = 已添加段落
text-compare-removed = 已删除段落
text-stale = 在您编辑第{ $base }版期间，有人保存了第{ $current }版。您的内容没有丢失：您的案文见下文。请将其与第{ $current }版比较，合并所需内容后重新保存。
text-stale-changes = 第{ $current }版相对于第{ $base }版的修改
text-alternative = Alt { $number }:
bracket-open = { $sponsor }提议的括号内案文开始
bracket-open-unattributed = 括号内案文开始
bracket-close = 括号内案文结束
bracket-reason = { $sponsor }提议：{ $reason }
diff-deleted = 删除：
diff-inserted = 插入：
diff-end = 修改结束
col-version-number = 版本
col-saved-by = 保存人
col-saved-at = 保存时间
col-note = 修改内容
error-no-text = 不存在标识为“{ $id }”的谈判案文。
error-no-version = 此案文没有第{ $id }版。
audit-text-create = 已创建谈判案文
audit-text-revise = 已保存谈判案文的新版本
error-code-unclosed_bracket = 第{ $line }行第{ $column }个字符：此处的 [ 始终未闭合。
error-code-unopened_bracket = 第{ $line }行第{ $column }个字符：此处的 ] 没有对应的左方括号（如需输入该字符本身，请写作 \]）。
error-code-bad_annotation = 第{ $line }行第{ $column }个字符：方括号后的花括号最多包含三部分，即 {"{"}提议方; 日期; 理由{"}"}，且必须闭合。
error-code-bad_date = 第{ $line }行第{ $column }个字符：花括号中的日期应采用 2017-09-26 这样的格式。
error-code-stray_brace = 第{ $line }行第{ $column }个字符：花括号应紧跟在右方括号之后（如需输入该字符本身，请写作 \{"{"} 或 \{"}"}）。
error-code-alternative_out_of_order = 第{ $line }行：备选案文应按顺序编号，即 Alt 1、Alt 2……
error-code-alternatives_with_text = 第{ $line }行：段落编号之后要么是案文，要么是备选案文，不能两者兼有。
error-code-empty_paragraph = 第{ $line }行：此段落没有案文。
error-code-too_deep = 第{ $line }行第{ $column }个字符：方括号最多嵌套32层。
error-code-empty_alternative = 第{ $line }行：此备选案文没有内容。
error-code-unstable_notation = 此案文无法按原样保存；请检查其方括号和备选案文。
error-code-duplicate_number = 第{ $line }行：有两个段落编号相同。
error-code-text_outside_paragraph = 第{ $line }行：此案文不属于任何段落；请在开头加上编号，例如 OP1。
error-code-bad_number = 第{ $line }行：这不是段落编号（段落编号如 OP5、PP3 或 OP5 bis）。
error-code-empty_heading = 第{ $line }行：此标题没有内容。
error-code-text_before_alternative = 第{ $line }行：备选案文应以“Alt 1:”开头。
error-code-stale_version = 您正在编辑第{ $base }版，而有人在该版本之后保存了第{ $current }版。

## 从方括号到决定
paragraph-status-open = 谈判中
paragraph-status-ad_ref = 已商定（待核准）
paragraph-status-agreed_pending = 已商定（待确认）
paragraph-status-agreed = 已商定
paragraph-status-closed = 已关闭
stance-support = 支持
stance-can_live = 可以接受
stance-reservation = 保留
stance-objection = 正式反对
text-outcome-adopted = 就这样决定
text-outcome-no_consensus = 未达成协商一致
text-method-declared = 由主席宣布
text-method-silence = 于默许程序结束时
silence-state-running = 默许程序进行中
silence-state-broken = 沉默已被打破
silence-state-passed = 沉默未被打破
silence-running = 此案文第{ $version }版正处于默许程序中，截止时间为{ $deadline }。在此之前，任何成员提出正式反对即打破沉默。
silence-deadline = 截至{ $deadline }，第{ $version }版
silence-broken-by = 由{ $holder }打破
text-status-pending = 待{ $delegation }确认
text-on-version = 第{ $version }版
text-body-heading = 案文
text-chart-bar = 第{ $version }版：共{ $paragraphs }个段落，其中已商定{ $agreed }个，已商定（待核准）或待确认{ $adref }个，有方括号或备选案文{ $bracketed }个。
text-chart-reading = 第{ $number }次审读（{ $title }）从此版本开始。
text-chart-title = 案文逐版走向商定的进程
text-chart-other = 无方括号，尚未商定
text-sections-caption = 各部分现状
text-section = 部分
text-section-untitled = 第一个标题之前
text-state-agreed = 已商定或已关闭
text-state-ad-ref = 已商定（待核准）或待确认
text-whole = 整个案文
text-group-none = 未说明
text-positions = 立场
text-positions-by-group = 按区域组和利益攸关方群体分列的立场
text-status-heading = 推动段落走向商定
text-status-save = 记录状态
text-position-save = 记录立场
text-decision-heading = 决定
text-no-decision = 尚未记录任何决定。
text-decision-save = 记录决定
text-silence-start = 按默许程序分发
field-paragraph = 段落
field-status = 状态
field-pending = 待其确认的代表团（适用于“已商定（待确认）”）
field-seat = 席位
field-stance = 立场
field-outcome = 结果
field-silence-deadline = 默许程序截止时间（UTC）
field-silence-deadline-help = 自现在起至少72小时。成员将收到电子邮件通知；截止时间之前提出任何正式反对即打破沉默，截止时间一到，案文即自动通过。
text-positions-title = 对“{ $title }”的立场
text-positions-observers = 观察员的立场会予以记录，但不能阻止协商一致。
text-positions-none = 尚未有人表明立场。
text-positions-by-region = 按区域组分列
text-positions-by-stakeholder = 按利益攸关方群体分列
text-positions-list = 所有现行立场
field-regional-group = 区域组
field-stakeholder-group = 利益攸关方群体
text-recorded = 记录
text-observer-cannot-block = 观察员：不能阻止
mail-silence-subject = 默许程序截至{ $deadline }：{ $title }
mail-silence-body = { $name }，您好：

    “{ $title }”第{ $version }版已按默许程序分发，截止时间为{ $deadline }。

    如贵代表团没有异议，则无需采取任何行动：截止时间一到，案文即获通过。在此之前登记的任何正式反对均将打破沉默。

    请阅读案文并登记立场：{ $link }
mail-silence-passed-subject = 已按默许程序通过：{ $title }
mail-silence-passed-body = { $name }，您好：

    沉默未被打破：“{ $title }”第{ $version }版自{ $deadline }起获得通过。

    { $link }
error-code-no_such_paragraph = 案文中没有段落 { $paragraph }。
error-code-status_unchanged = 该段落已处于此状态。
error-code-reopen_reason_required = 请说明重新开放该段落的理由。
error-code-status_backwards = 如需退回，请先重新开放该段落并说明理由。
error-code-paragraph_bracketed = 有方括号或备选案文的段落不能商定；请先在案文中解决。
error-code-close_unagreed = 只有已商定的段落才能关闭。
error-code-pending_required = 请注明待其确认的代表团。
error-code-position_reason_required = 请说明保留或正式反对的理由。
error-code-text_still_bracketed = 以下段落仍有方括号或备选案文：{ $paragraphs }。
error-code-formal_objection_stands = 仍有正式反对：{ $holders }。
error-code-silence_too_short = 默许程序至少持续{ $hours }小时。
error-code-text_adopted = 案文已获通过，不再更改。
error-code-under_silence = 案文正处于默许程序中；默许程序结束前不得更改。
error-code-seat_not_of_body = 该席位不属于本机构。
error-code-secretariat_takes_no_position = 秘书处为该机构提供服务，不表明立场。
error-code-paragraph_agreed = 段落 { $paragraph } 已商定；如需修改其措辞，请先重新开放该段落并说明理由。
error-code-invalid_datetime = 请填写日期和时间，例如 2017-01-24 18:00。
audit-text-paragraph-status = 已记录段落状态
audit-text-position = 已记录立场
audit-text-decide = 已记录决定
audit-text-silence-start = 已按默许程序分发案文
audit-text-silence-broken = 沉默已被打破
audit-text-silence-passed = 沉默未被打破：案文已通过

## 修正案
text-amendments = 修正案
amendments-title = 对“{ $title }”的修正案
amendments-count = { $count ->
    [0] 尚未提出任何修正案。
   *[other] 共{ $count }项修正案，按段落分列。
}
amendment-kind-insert = 在本段之后新增段落
amendment-kind-delete = 删除
amendment-kind-replace = 替换
amendment-handling-incorporated = 已纳入
amendment-handling-bracketed = 已加方括号
amendment-handling-merged = 已合并
amendment-handling-not_retained = 未予保留
amendment-handling-pending = 主席尚未处理。
amendment-co-sponsors = 共同提案方：{ $names }
amendment-reason = 理由：{ $reason }
amendment-proposed-on = 所依据的版本：
amendment-handle = 记录处理方式
amendment-propose-heading = 提出修正案
amendment-propose = 提交修正案
field-handling = 处理方式
field-amendment-kind = 修正类型
field-proposed = 拟议措辞
field-proposed-help = 该段落的新措辞，或新增段落的措辞；如为删除，则留空。可按起草标记法使用方括号。
field-co-sponsors = 共同提案方
error-no-amendment = 不存在标识为“{ $id }”的修正案。
error-code-deletion_has_no_words = 删除不提出任何措辞；请改为选择替换。
error-code-handling_reason_required = 请说明该修正案未予保留的理由，或说明其与何者合并。
audit-text-amendment = 已提出修正案
audit-text-amendment-handling = 已记录修正案的处理方式

## 审读和评论
text-comments = 评论
readings-heading = 审读
readings-none = 尚未开始任何审读。
reading = 审读
reading-version = 所审读的版本
reading-taken-up = 审议场合
reading-window = 评论期
reading-comments = 评论
reading-nowhere = 不限于特定会议
reading-agenda-item = { $meeting }，项目 { $number }：{ $title }
reading-open = 开始审读
field-comments-open = 评论期首日
field-comments-close = 评论期末日
field-comment-visibility = 评论的阅读范围
comment-visibility-public = 公开
comment-visibility-members = 仅限成员
comments-title = 对“{ $title }”的评论
comments-none = 尚无任何评论。
comments-closed = 今天没有开放的评论期。
comments-members-only = 当前开放的评论期仅限本机构成员。
comments-sign-in = 请使用已确认的账户登录后发表评论。
comments-open = 评论期已开放（{ $title }），截至{ $until }。
comment-add-heading = 发表评论
comment-add = 提交评论
field-comment = 您的评论
field-hide-reason = 隐藏理由
comment-hide = 隐藏
comment-hidden = 已由{ $by }于{ $at }隐藏：{ $reason }
error-no-comment = 不存在标识为“{ $id }”的评论。
error-code-window_ends_before_start = 评论期的结束日期早于开始日期。
error-code-window_incomplete = 请同时填写评论期首日和末日，或两者均不填写。
error-code-meeting_of_another_body = 该会议不属于本机构。
error-code-comments_closed = 此案文今天没有开放的评论期。
audit-text-reading = 已开始审读
audit-text-comment = 已发表评论
audit-text-comment-hide = 已隐藏评论

## 意见地图
opinion-heading = 意见地图
opinion-new-link = 开启意见地图
opinion-none = 尚无意见地图。
opinion-new = 新建意见地图：{ $name }
opinion-create = 开启该意见地图
field-question = 向参与者提出的问题
opinion-totals = 参与者{ $participants }名，已投{ $votes }票，陈述{ $statements }条。
opinion-map-heading = 地图
opinion-map-title = 参与者按投票情况定位，颜色表示所属组别
opinion-map-summary = 有{ $participants }名参与者对足够多的陈述投了票，得以在地图上定位；他们分为{ $groups }个组（{ $sizes }）。
opinion-map-too-few = 票数尚不足以绘制地图。
opinion-group = { $letter }组
opinion-members = { $count ->
   *[other] { $count }名参与者
}
opinion-agreed = 本组{ $percent }%的成员同意
opinion-disagreed = 本组{ $percent }%的成员不同意
opinion-percent = { $percent }%
opinion-nothing-distinctive = 目前尚无使本组有别于其他组的陈述。
opinion-bridging = 各组共同认同的内容
opinion-bridging-help = 陈述按兼顾各组的共识排序，即各组同意概率在所有组之间的乘积。弥合各组分歧的案文可由此起步。
opinion-by-stakeholder = 按自报的利益攸关方群体分列的同意程度（各群体分歧最大的20条陈述，按分歧大小排列）
opinion-by-region = 按自报的区域组分列的同意程度（各区域组分歧最大的20条陈述，按分歧大小排列）
opinion-statement = 陈述
opinion-divergence = 分歧度
opinion-export-help = 采用 Pol.is 的导出格式。
opinion-statements-heading = 陈述
opinion-no-statements = 尚无陈述。
opinion-counts = 同意：{ $agree }，不同意：{ $disagree }，跳过：{ $pass }
opinion-about-you = 关于您（可选）：按组别统计，绝不显示姓名
opinion-not-said = 未说明
opinion-unmoderated = 尚未经审核人员审查
opinion-agree = 同意
opinion-disagree = 不同意
opinion-pass = 跳过/不确定
opinion-vote = 保存我的投票
opinion-sign-in = 请使用已确认的账户登录后投票和撰写陈述。
opinion-moderation = 审核
opinion-rejected = 已拒绝
opinion-accept = 接受
opinion-reject = 拒绝
opinion-moderate = 记录
field-moderation = 决定
field-statement = 新陈述
field-statement-help = 用一两句话表达一个观点，供他人表示同意或不同意（不超过500个字符）。
opinion-add-statement = 添加陈述
opinion-import-heading = 导入 Pol.is 导出数据
opinion-import-help = 将某个 Pol.is 对话导出的 comments.csv 和 votes.csv 文件导入这个空白意见地图。只有两个文件均读取无误，才会导入任何内容。
opinion-import = 导入导出数据
error-no-conversation = 不存在标识为“{ $id }”的意见地图。
error-code-rejection_reason_required = 请说明拒绝该陈述的理由。
error-code-statement_rejected = 该陈述已被审核人员拒绝。
error-code-conversation_not_empty = 请将导出数据导入新的意见地图：此意见地图已有陈述。
error-code-vote_on_unknown_statement = 有一票针对陈述{ $statement }，但评论文件中没有该陈述。
error-code-polis_file_unreadable = 该文件不是 Pol.is 的导出格式：{ $detail }
error-code-no_vote = 请至少对一条陈述作答。
audit-conversation-create = 已开启意见地图
audit-conversation-statement = 已向意见地图添加陈述
audit-conversation-moderate = 已审核陈述
audit-conversation-import = 已导入 Pol.is 导出数据

## 答复统计
stat-heading = 答复统计
stat-help = 收到的每份答复在每个表中各计一次，未公布的答复也包括在内；因此每个表的合计均等于收到的答复数，点击每个数字即可查看其所对应的答复清单（公众只能看到已公布的答复）。
stat-dimension-group = 利益攸关方群体
stat-dimension-sub_category = 子类别
stat-dimension-region = 区域组
stat-dimension-country = 国家
stat-dimension-ldc = 最不发达国家
stat-dimension-language = 语言
stat-dimension-channel = 接收方式
stat-caption = 收到的答复数：{ $total }
stat-responses = 答复
stat-share = 占比
stat-total = 共计
stat-chart = 上表的条形图：按“{ $dimension }”分列的答复
stat-not-stated = 未注明
stat-ldc-yes = 最不发达国家
stat-ldc-no = 其他国家
stat-dimension-developing = 发展中国家
stat-developing-yes = 发展中国家
stat-developing-no = 发达国家
responses-filtered = 仅显示计入“{ $dimension }：{ $value }”的答复
responses-all-link = 全部答复
error-bad-filter = 无法按此方式筛选此列表。
question-grouped-by = 分组方式：
campaigns-heading = 已公布答复中的集体行动
campaigns-in-full = 几乎相同的答复归为一项集体行动；下文逐一显示并完整计入每份答复。
campaigns-collapsed = 下文每项集体行动只显示一次，并注明其中合并的答复数；上文的统计仍计入每份答复。
campaigns-collapse = 每项集体行动只显示一次
campaigns-show-all = 显示所有答复
campaign-summary = 集体行动 { $number }：{ $size } 份答复，{ $variations } 种变体
campaign-senders = 发送者：{ $senders }
campaign-member = 属于集体行动 { $number }
campaign-folded = 另有同一集体行动的 { $count } 份答复
stat-campaigns-in-full = 每份答复均计入，包括属于几乎相同答复的集体行动的答复。
stat-campaigns-collapse = 每项集体行动只计一次
stat-campaigns-collapsed = 几乎相同答复的每项集体行动只计一次：并入其集体行动的答复数为 { $folded }。
stat-campaigns-count-all = 计入每份答复
stat-caption-collapsed = 计入的答复（每项集体行动只计一次）：{ $total }
issues-heading = 提出的问题
issues-help = 各份答复提出的国际公共政策问题，每个问题均根据提出它的确切段落记录。所有数字均为答复数，每份答复就每个问题只计一次，包括未公开的答复。
issues-how-to-record = 如需记录问题，请打开一份答复，并在答复下方选择“根据此答复记录问题”。
issues-areas = 大类领域
issues-all-areas = 所有领域
issues-count = { $count ->
    [0] 尚未记录任何问题。
   *[other] 共 { $count } 个问题。
}
col-issue = 问题
col-area = 大类领域
issues-duplicates = 可能重复的问题
issues-merged = 已并入其他问题的问题
issue-merged-into = 此问题已并入 { $issue }；其来源计入该问题。
issue-no-area = 未归入任何领域
issue-recorded-by = 记录人
issue-merged-from = 并入此问题的问题
issue-sources = 提出此问题的段落
issue-sources-elsewhere = 其段落列在所并入的问题下。
issue-source-question = 问题 { $question }
issue-source-recorded-under = 记录于 { $issue }
issue-source-answer = 阅读完整答复
issue-source-recorded = 由 { $who } 记录
issue-source-withheld = 未公开的答复
issue-area-trail = 领域变更记录
issue-set-area = 归入领域
issue-merge = 并入另一个问题
issue-merge-help = 合并会保留两个问题的所有段落；此问题随后指向所并入的问题。请说明为何二者是同一问题。
field-merge-into = 保留的问题
issue-new-heading = 根据此答复记录问题
issue-likely-duplicates = 已记录的相似问题
issue-likely-duplicates-help = 将该段落添加到其中一个问题，或仍然记录为新问题。
issue-likeness = 相似度 { $percent }%
issue-add-to = 将段落添加到 { $issue }
field-passage = 段落
field-passage-hint = 请按原文复制上方答复中的文字；空格和换行可以不同。
field-existing-issue = 添加到现有问题
issue-new-option = 新问题
field-issue-title = 新问题的标题
issue-record = 记录问题
issue-record-anyway = 仍然记录为新问题
issue-record-from-answer = 根据此答复记录问题
error-no-issue = 本征集中没有问题 { $id }。
error-no-answer = 答复“{ $id }”没有对此问题的书面回答。
error-code-issue_title_required = 请为新问题填写标题，或选择一个现有问题。
error-code-issue_merge_self = 问题不能并入其自身。
error-code-response_not_in_call = 本征集中没有带此编号的答复。
error-code-answer_missing = 这份答复没有对此问题的书面回答。
error-code-passage_not_in_answer = 此段落不在该答复中；请按原文从答复中复制。
error-code-issue_not_of_call = 此问题不属于本征集。
error-code-issue_merged = 此问题已并入另一个问题；请使用该问题。
audit-call-issue = 根据答复记录了问题
audit-call-issue_source = 为问题添加了段落
audit-call-issue_merge = 合并了问题
audit-call-issue_area = 将问题归入大类领域
themes-heading = 主题
themes-help = 主题由系统根据答复通过计算提出（先按词语区分一份答复与其他答复的程度对词语加权，再进行归类），每个主题均以其主要词语和代表性摘录加以说明。每个主题由人工决定接受、重命名、合并、拆分或搁置；已接受的主题用于对答复进行编码，任何参与汇编的人员均可更正某项编码，但须说明理由。
themes-scope-question = 问题 { $question }
themes-scope-call = 整个征求意见
theme-state-suggested = 已建议
theme-state-accepted = 已接受
theme-state-merged = 已合并
theme-state-split = 已拆分
theme-state-set_aside = 已搁置
theme-state-superseded = 已被后续建议取代
theme-merged-into = 已并入 { $theme }
theme-run-state-queued = 主题正在等待计算。
theme-run-state-running = 正在计算主题。
theme-run-state-done = 主题计算完成。
theme-run-state-failed = 计算失败。
theme-run-done = 上一次建议读取了 { $answers } 份答复（{ $scope }），提出了 { $themes } 个主题。
theme-run-failed = 上一次建议失败：{ $error }
theme-run-refresh = 本页面将自动刷新，直至计算完成。
themes-accepted = 已接受的主题
themes-none-accepted = 尚未接受任何主题。
themes-accepted-caption = 已接受的主题及以各主题编码的答复数
col-theme = 主题
col-scope = 答复范围
col-theme-words = 主要词语
col-coded = 已编码答复数
themes-suggest = 提出主题建议
field-theme-scope = 主题建议范围
themes-suggested = 建议的主题
theme-members = 归入此处的答复：{ $count } 份
field-theme-label = 名称
theme-accept = 接受
theme-rename = 重命名
field-theme-merge-into = 并入
theme-merge = 合并
theme-split = 拆分为两个
theme-set-aside = 搁置
themes-closed = 已合并、拆分或搁置的主题
theme-coded-answers = 以此主题编码的答复
theme-none-coded = 没有以此主题编码的答复。
theme-correct = 更正编码
theme-correct-help = 以此主题对一份答复进行编码，或取消该答复的此主题编码。更正将连同您说明的理由一并保存，以后的计算绝不会覆盖它。
field-response-reference = 答复参考编号
field-theme-applies = 该主题是否适用？
theme-applies-yes = 是，以此主题对答复编码
theme-applies-no = 否，取消该答复的此主题编码
theme-coded-computed = 由计算编码
theme-coded-person = 由 { $who } 编码：{ $reason }
error-no-theme = 本次征求意见中没有主题 { $id }。
error-code-theme_not_of_call = 此主题不属于本次征求意见。
error-code-theme_closed = 此主题已被合并、拆分、搁置或取代；请处理取代它的主题。
error-code-theme_merge_self = 主题不能并入其自身。
error-code-theme_split_too_small = 无法拆分此主题：其答复过少或过于相似。
error-code-theme_not_accepted = 只有已接受的主题才能用于对答复编码；请先接受该主题。
error-code-theme_run_busy = 本次征求意见的主题正在计算中；请等待该次计算完成。
error-code-question_not_of_call = 此问题不在本次征求意见的问题清单中。
audit-call-theme_run = 请求了主题建议
audit-call-theme_accept = 接受了主题
audit-call-theme_rename = 重命名了主题
audit-call-theme_set_aside = 搁置了主题
audit-call-theme_merge = 合并了主题
audit-call-theme_split = 拆分了主题
audit-call-theme_coding = 更正了一份答复的编码
divergence-heading = 趋同与分歧
divergence-help = 针对每个问题和每个已接受的主题，显示各群体的答复中提出该项的比例，以及各群体在该项上的分歧程度。分歧度即各群体占比之间的詹森-香农（Jensen–Shannon）散度（0：各群体提出该项的频率相同；1：分歧达到最大）；差距为最高占比减去最低占比，以百分点计。所有答复均计入，包括未公开的答复。
divergence-by-group = 按利益攸关方群体分列
divergence-by-region = 按区域组分列
divergence-nothing = 尚未记录任何问题，也尚未接受任何主题。
divergence-rates = 各群体提出的内容
divergence-rates-caption = 各群体答复中提出每个问题或主题的比例（括号内为答复数）
divergence-item = 问题或主题
divergence-measure = 分歧度
divergence-spread = 差距（百分点）
divergence-rates-chart = 上表的热图：单元格颜色越深，该群体答复中提出该项的比例越大。各列编号与表中相同。
divergence-pairs = 群体间的分歧程度
divergence-pairs-caption = 各群体之间就所有问题和主题计算的詹森-香农散度（0：各群体提出相同内容的频率相同）
divergence-pairs-chart = 上表的热图：单元格颜色越深，两个群体之间的分歧越大。各行和各列编号与表中相同。
nav-search = 搜索
search-heading = 在答复中搜索
search-title = 搜索：{ $query }
search-label = 要查找的词语
search-hint = 默认查找包含所有词语的结果。用英文双引号（"…"）括住短语，在备选词之间写 OR，在词前加 - 以排除该词，在词的开头部分后加 * 以查找以此开头的所有词。可使用联合国六种正式语文中的任何一种。
search-submit = 搜索
search-stale = 最新的更改仍在加入搜索范围；请稍后再次搜索，以便将其包括在内。
search-truncated = 仅使用了搜索内容的前 32 个词。
search-narrow = 缩小搜索范围
search-clear-facet = 不限
search-results = { $count ->
    [0] 未找到任何结果。
   *[other] 共 { $count } 条结果。
}
search-pages = 结果分页
search-previous = 上一页
search-next = 下一页
search-campaign = 集体行动 { $number }（问题 { $question }）
search-part-answer = 各问题的答复
search-part-file = 收到的文件
search-facet-call = 征求意见
search-facet-question = 问题
search-facet-group = 利益攸关方群体
search-facet-region = 区域组
search-facet-country = 国家
search-facet-lang = 语言
search-facet-campaign = 集体行动
search-facet-part = 答复或文件
search-hit-answer = 对问题 { $question } 的答复——{ $call }
search-hit-file = 文件“{ $file }”——{ $call }
propose-as-topic = 提议作为本机构工作的专题
propose-as-topic-help = 该专题将提交本机构，并与此项关联，进而与其所依据的答复关联；随后由本机构记录对该专题的决定。
topic-drawn-from = 来源
topic-origin-responses = { $count ->
   *[other] 在 { $count } 份答复中提出
}
error-code-topic_source_not_of_body = 此问题或主题并非来自本机构的任何征求意见。

# Mapping of mechanisms and gaps.
registry-title = 机制登记册
registry-intro = 现有的国际机构、进程、论坛和文书，由所有工作组共享，以便后来的工作组沿用先前工作组的登记册。
registry-none = 登记册中尚无任何机制。
registry-caption = 机制（按名称）
mechanism-new = 添加机制
mechanism-add = 添加该机制
mechanism-edit = 编辑该机制
mechanism-edit-title = 编辑 { $name }
mechanism-assessed = 针对其评估的议题
mechanism-assessed-none = 尚无任何梳理提及该机制。
mechanism-assessed-caption = 提及该机制的条目（按梳理工作）
field-name = 名称
field-website = 公开网址
field-illustrative = 示例性（演示数据，非有据事实）
field-mechanism-kind = 类型
field-parent-organization = 上级组织
field-scope = 范围
field-participants = 参与者
field-access = 开放或封闭
field-decides-by = 决策方式
field-founding-instrument = 创始文书
field-sources = 来源
mechanism-kind-organisation = 政府间组织
mechanism-kind-conference = 会议或大会
mechanism-kind-forum = 论坛
mechanism-kind-instrument = 条约或文书
mechanism-kind-process = 进程或方案
mechanism-kind-technical = 技术或标准机构
mechanism-kind-regional = 区域机构
participants-states_only = 仅限国家
participants-multistakeholder = 多利益攸关方
access-open = 开放
access-closed = 封闭
exercises-title = 机制梳理
exercises-intro = 该机构审查从答复中提取的议题，列出处理每个议题的现有机制，评估其状况并找出差距。
exercises-none = 该机构尚无梳理工作。
exercise-start = 启动梳理工作
exercise-new-title = { $name } 的新梳理工作
field-mapped-call = 所梳理议题的征集
field-terms = 职权范围
exercise-lead = “{ $call }”的议题：{ $issues } 个议题，{ $accepted } 条已接受条目，{ $gaps } 个差距。
gaps-title = 差距
gaps-intro = 凡没有任何已接受条目显示得到处理的议题即为差距：无任何机制处理时为缺失，机制仅部分处理时为薄弱。差距由条目推导得出，不能手工录入。
gaps-none = 没有差距：每个已评估议题均有机制处理。
gap-kind-lacking = 没有机制处理
gap-kind-weak = 仅部分处理
gap-decided = 已由工作组决定
gap-referred = 已提交工作组
gap-rows = 所依据的条目：
gap-heading = 差距
gap-unexplained = 尚未撰写说明。
gap-explain = 保存说明
gap-none-here = 该议题不是差距。
field-explanation = 说明
mapping-csv = 矩阵（CSV）
mapping-json = 矩阵（JSON）
mapping-import = 从电子表格导入条目
mapping-import-lead = 带标题行的 CSV 文件，列为 issue（I3）、mechanism（名称或缩写，与登记册一致）、status、notes 和 evidence（以 ; 分隔）。文件要么整体导入，要么完全不导入。
mapping-matrix = 议题 × 机制
mapping-areas = 大领域
mapping-all-areas = 所有领域
mapping-no-area = 无大领域
mapping-heatmap-caption = 每个单元格代表梳理中的一条条目，颜色表示其状况；圆点表示差距。下表以文字呈现相同内容。
mapping-table-caption = 每个议题的机制（按状况）
mapping-not-contributor = 只有该机构的参与者才能在此提出条目。
mapping-sign-in = 登录以提出条目
mapping-issue-sources = 议题来源
mapping-rows = 所列机制
mapping-rows-none = 尚未为该议题列出任何机制。
mapping-standing-addressed = 已处理
mapping-standing-not_assessed = 尚未评估
mapping-status-not_assessed = 尚未评估
mapping-status-addressing = 正在处理
mapping-status-partly = 部分处理
mapping-status-not_addressing = 未处理
row-state-proposed = 已提出
row-state-accepted = 已接受
row-state-contested = 有争议
col-exercise = 梳理工作
col-mechanism = 机制
col-status = 状况
col-row-state = 协调人的认定
col-standing = 现状
col-assessed-by = 评估人
row-propose = 提出条目
row-assess = 重新评估
row-decide = 记录协调人的意见
row-proposed-by = 由 { $name } 于 { $when } 提出
row-assessed-by = 由 { $name } 于 { $when } 评估
field-notes = 备注
field-evidence = 证据
field-evidence-hint = 每行一项：网址；答复编号（12-00042），可单列或后接 : 与引文；或登记册中的文件编号。
mapping-questions-heading = 小组意见不一致之处
questions-intro = 有争议的条目或差距汇集代表各种意见的备选方案；提交工作组，由其一次性作出决定。
question-subject-gap = 该差距
question-subject-row = 关于 { $mechanism } 的条目
question-refer = 提交工作组
question-referred-by = 由 { $name } 于 { $when } 提交工作组。
question-decide = 记录工作组的决定
question-decide-title = 工作组的决定
question-decided = 工作组于 { $date } 选择了“{ $option }”（会议：{ $meeting }）。依据：{ $basis }
option-add = 添加备选方案
option-supported-by = 支持方：
field-question-subject = 涉及
field-option-text = 备选方案
field-option-chosen = 所选方案
field-supporting-groups = 支持的利益攸关方群体
field-supporting-regions = 支持的区域集团
snapshots-title = 已发布的报告
snapshots-intro = 每份进展报告和最终汇编文件都保留发布当天的矩阵和差距。
snapshots-none = 尚未发布报告。
snapshots-caption = 报告（按发布日期）
snapshots-compare = 比较两份报告
snapshot-issue = 按矩阵现状发布报告
snapshot-kind-update_report = 进展报告
snapshot-kind-initial_output = 初步成果
snapshot-kind-final_document = 最终汇编文件
field-snapshot-kind = 发布类型
field-from = 从
field-to = 至
snapshot-lead = { $kind }，由 { $name } 于 { $date } 发布。保持当日原貌。
snapshot-caption = 发布时的条目
compare-lead = 从“{ $from }”到“{ $to }”。
compare-none = 这两份报告之间没有变化。
change-row-added = I{ $issue }：列入 { $mechanism }（{ $status }）
change-row-dropped = I{ $issue }：不再列入 { $mechanism }（原为 { $status }）
change-row-changed = I{ $issue }：{ $mechanism } 从 { $before } 变为 { $after }
change-gap-opened = I{ $issue } 成为差距：{ $kind }
change-gap-closed = I{ $issue } 不再是差距（原为：{ $kind }）
error-no-exercise = 不存在梳理工作 { $id }。
error-no-mechanism = 登记册中没有机制 { $id }。
error-no-question = 本梳理中没有问题 { $id }。
error-no-row = 本梳理中没有条目 { $id }。
error-no-snapshot = 本梳理没有报告 { $id }。
error-code-duplicate_mechanism = 登记册中已有名为 { $name } 的机制。
error-code-call_not_mappable = 机构只能梳理其自身或上级机构征集中的议题。
error-code-issue_not_in_exercise = 该议题不属于本梳理工作的议题。
error-code-unknown_mechanism = 登记册中没有机制 { $value }；请先将其加入登记册。
error-code-duplicate_row = 该议题已有此机制的条目；请改为评估该条目。
error-code-unknown_response = 没有编号为 { $value } 的已提交答复。
error-code-evidence_withheld = 答复 { $value } 未公开；只有汇编该征集答复的人员才能引用。
error-code-passage_withheld = 答复 { $value } 未公开：只能引用其编号，不得摘录内容。
error-code-not_a_gap = 该议题不是差距：其已接受条目显示有机制处理，或尚无评估。
error-code-not_contested = 备选方案针对差距或有争议的条目；请先将该条目标为有争议。
error-code-already_referred = 该问题已提交工作组，不再接受备选方案。
error-code-not_referred = 此事项从未提交工作组。
error-code-already_decided = 工作组关于该问题的决定已记录。
error-code-question_needs_options = 问题提交工作组时至少须附 { $min } 个代表各种意见的备选方案。
error-code-unknown_meeting = 工作组没有该会议。
error-code-unknown_issue = 请从所列议题中选择。
error-code-unknown_call = 不存在该征集。
error-code-too_many = 最多 { $max } 项，而非 { $count } 项。
error-code-missing_columns = 文件须包含 issue 和 mechanism 两列。
error-code-too_many_lines = 每个文件最多 { $max } 行。
error-code-unreadable_line = 第 { $line } 行无法读取。
error-code-invalid_line = 第 { $line } 行：{ $problem }
error-code-mapping_file_unreadable = 无法将该文件读取为带标题行的 CSV。
error-code-mapping_file_empty = 文件中没有任何条目。
error-code-line_unknown_mechanism = 第 { $line } 行：登记册中没有机制 { $value }。
error-code-line_issue_not_in_exercise = 第 { $line } 行：{ $value } 不是本梳理工作的议题。
body-mapping-link = 本机构梳理的机制与差距
mapping-paged = 本梳理规模较大，因此每次显示一个大领域；“所有领域”显示完整矩阵。
opinion-next-heading = 您的下一条陈述
opinion-all-voted = 您已对所有陈述投票。谢谢；您可以在下方更改投票。
opinion-counts-hidden = 投票后可见他人的投票
opinion-you = 您
opinion-you-are-in = 您在{ $group }中。
opinion-map-failed = 无法绘制地图：分析失败（{ $error }）。
mail-statement-accepted-subject = 您的陈述已被接受：{ $title }
mail-statement-accepted-body = { $name }，您好：

    版主已接受您在“{ $title }”中的陈述：

    { $statement }

    参与者现在可以对其投票：{ $link }
mail-statement-rejected-subject = 您的陈述未被接受：{ $title }
mail-statement-rejected-body = { $name }，您好：

    版主未接受您在“{ $title }”中的陈述：

    { $statement }

    理由：{ $reason }

    您可以另写一条：{ $link }
