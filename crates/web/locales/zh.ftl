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
language-switcher = 语言
breadcrumb = 导航路径
footer-text = Concord——公开呈现多利益攸关方进程的每一份意见、每一项决定和每一份报告。
footer-api = 相同数据的 JSON 格式
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
error-code-invalid_date = “{ $value }”不是日期；请按 YYYY-MM-DD 格式填写，例如 2013-05-30。

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
