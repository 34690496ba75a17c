// Generated from Rules/*.yaml by `REGENERATE_RULES=1 swift test --filter RuleFileTests`. Do not edit: change
// the YAML, run .ci/embed-rules, then regenerate this file (a test fails while it is stale).

extension BuiltinRules {
  /// The built-in rules as `CompactRules` text: what `Rules/*.yaml` parse to, with each entry's origin.
  static let compact = #"""
F	Rules/qualifiers.yaml
K	comparatorWords	0	47	12	控制在	1	comparator	s	ceiling
K	comparatorWords	0	48	12	控制到	1	comparator	s	ceiling
K	comparatorWords	0	49	12	压减到	1	comparator	s	ceiling
K	comparatorWords	0	50	12	降至	1	comparator	s	ceiling
K	comparatorWords	0	51	12	降到	1	comparator	s	ceiling
K	comparatorWords	0	52	12	下降到	1	comparator	s	ceiling
K	comparatorWords	0	53	12	突破	1	comparator	s	floor
K	comparatorWords	0	54	12	达到	1	comparator	s	reach
K	comparatorWords	0	55	12	达	1	comparator	s	reach
F	Rules/deadlines.yaml
K	festivals	1	63	11	春节	1	dates	l	26	2010-02-14	2011-02-03	2012-01-23	2013-02-10	2014-01-31	2015-02-19	2016-02-08	2017-01-28	2018-02-16	2019-02-05	2020-01-25	2021-02-12	2022-02-01	2023-01-22	2024-02-10	2025-01-29	2026-02-17	2027-02-06	2028-01-26	2029-02-13	2030-02-03	2031-01-23	2032-02-11	2033-01-31	2034-02-19	2035-02-08
F	Rules/units.yaml
K	fractionWords	2	120	12	一半	1	value	s	0.5
F	Rules/check.yaml
K	goalWords	3	49	12	提质	1	ask	s	rise
K	goalWords	3	50	12	稳中有升	1	ask	s	rise
K	goalWords	3	51	12	稳步增长	1	ask	s	rise
K	goalWords	3	52	12	稳定增长	1	ask	s	rise
K	goalWords	3	53	12	持续增长	1	ask	s	rise
K	goalWords	3	54	12	较快增长	1	ask	s	rise
K	goalWords	3	55	12	合理增长	1	ask	s	rise
K	goalWords	3	56	12	下降	1	ask	s	fall
K	goalWords	3	57	12	减少	1	ask	s	fall
K	goalWords	3	58	12	降低	1	ask	s	fall
K	goalWords	3	59	12	平衡	1	ask	s	state
K	goalWords	3	60	12	改善	1	ask	s	state
K	goalWords	3	61	12	好转	1	ask	s	state
K	goalWords	3	62	12	稳定	1	ask	s	state
K	goalWords	3	63	12	向好	1	ask	s	state
K	goalWords	3	64	12	同步	1	ask	s	alongside
F	Rules/headers.yaml
K	kindPhrases	4	34	12	计划执行情况	1	kind	s	planExecutionReport
K	kindPhrases	4	35	12	统计公报	1	kind	s	statisticalBulletin
K	kindPhrases	4	36	12	向大会报告	1	kind	s	workReport
K	kindPhrases	4	37	12	向大会作政府工作报告	1	kind	s	workReport
K	kindPhrases	4	38	12	向大会作工作报告	1	kind	s	workReport
K	kindPhrases	4	39	12	作政府工作报告	1	kind	s	workReport
K	kindPhrases	4	40	12	政府工作任务	1	kind	s	workReport
K	kindPhrases	4	42	12	各位代表	1	kind	s	workReport
K	kindTitles	4	15	12	统计公报	1	kind	s	statisticalBulletin
K	kindTitles	4	16	12	计划执行情况	1	kind	s	planExecutionReport
K	kindTitles	4	17	12	分工方案	1	kind	s	taskPlan
K	kindTitles	4	18	12	任务分工	1	kind	s	taskPlan
K	kindTitles	4	19	12	重点工作分工	1	kind	s	taskPlan
K	kindTitles	4	20	12	责任分工	1	kind	s	taskPlan
K	kindTitles	4	21	12	任务清单	1	kind	s	taskPlan
K	kindTitles	4	22	12	政府工作报告	1	kind	s	workReport
K	kindTitles	4	23	12	督查通报	1	kind	s	notice
K	kindTitles	4	24	12	通报	1	kind	s	notice
K	kindTitles	4	25	12	通知	1	kind	s	notice
K	kindTitles	4	26	12	公告	1	kind	s	notice
K	kindTitles	4	27	12	通告	1	kind	s	notice
K	kindTitles	4	28	12	决定	1	kind	s	notice
K	kindTitles	4	29	12	批复	1	kind	s	notice
K	magnitudes	2	105	12	万	1	power	i	4
K	magnitudes	2	106	12	亿	1	power	i	8
K	magnitudes	2	107	12	万亿	1	power	i	12
K	magnitudes	2	108	12	千万	1	power	i	7
K	magnitudes	2	109	12	百万	1	power	i	6
K	magnitudes	2	110	12	千	1	power	i	3
K	magnitudes	2	111	12	百	1	power	i	2
K	namedDates	1	71	12	汛期前	2	day	i	31	month	i	5
K	namedDates	1	72	12	主汛期前	2	day	i	31	month	i	5
K	namedDates	1	73	12	国庆前	2	day	i	30	month	i	9
F	Rules/targets.yaml
K	pairWords	5	192	12	城乡	1	parts	l	2	城镇	农村
K	pairWords	5	193	12	进出口	1	parts	l	2	进口	出口
K	pairWords	5	194	12	中小学	1	parts	l	2	小学	中学
K	planSuffixes	1	103	12	期间	2	kind	s	during	part	s	whole
K	planSuffixes	1	104	12	时期	2	kind	s	during	part	s	whole
K	planSuffixes	1	105	12	规划期	2	kind	s	during	part	s	whole
K	planSuffixes	1	106	12	规划期内	2	kind	s	during	part	s	whole
K	planSuffixes	1	107	12	规划期间	2	kind	s	during	part	s	whole
K	planSuffixes	1	108	12	规划	2	kind	s	during	part	s	whole
K	planSuffixes	1	109	12	末	2	kind	s	year	part	s	last
K	planSuffixes	1	110	12	期末	2	kind	s	year	part	s	last
K	planSuffixes	1	111	12	末期	2	kind	s	year	part	s	last
K	planSuffixes	1	112	12	开局之年	3	alone	b	1	kind	s	year	part	s	first
K	planSuffixes	1	113	12	收官之年	3	alone	b	1	kind	s	year	part	s	last
K	planSuffixes	1	114	12	以来	2	kind	s	since	part	s	since
K	plans	1	93	12	十一五	2	end	i	2010	start	i	2006
K	plans	1	94	12	十二五	2	end	i	2015	start	i	2011
K	plans	1	95	12	十三五	2	end	i	2020	start	i	2016
K	plans	1	96	12	十四五	2	end	i	2025	start	i	2021
K	plans	1	97	12	十五五	2	end	i	2030	start	i	2026
K	plans	1	98	12	十六五	2	end	i	2035	start	i	2031
K	qualifiers	0	9	12	约	2	comparator	s	about	position	s	before
K	qualifiers	0	10	12	大约	2	comparator	s	about	position	s	before
K	qualifiers	0	11	12	近	2	comparator	s	about	position	s	before
K	qualifiers	0	12	12	接近	2	comparator	s	about	position	s	before
K	qualifiers	0	13	12	将近	2	comparator	s	about	position	s	before
K	qualifiers	0	14	12	超过	2	comparator	s	floor	position	s	before
K	qualifiers	0	15	12	超	2	comparator	s	floor	position	s	before
K	qualifiers	0	16	12	逾	2	comparator	s	floor	position	s	before
K	qualifiers	0	17	12	突破	2	comparator	s	floor	position	s	before
K	qualifiers	0	18	12	首次突破	2	comparator	s	floor	position	s	before
K	qualifiers	0	19	12	高于	2	comparator	s	floor	position	s	before
K	qualifiers	0	20	12	不低于	2	comparator	s	floor	position	s	before
K	qualifiers	0	21	12	不少于	2	comparator	s	floor	position	s	before
K	qualifiers	0	22	12	至少	2	comparator	s	floor	position	s	before
K	qualifiers	0	23	12	不超过	2	comparator	s	ceiling	position	s	before
K	qualifiers	0	24	12	不高于	2	comparator	s	ceiling	position	s	before
K	qualifiers	0	25	12	低于	2	comparator	s	ceiling	position	s	before
K	qualifiers	0	26	12	不到	2	comparator	s	ceiling	position	s	before
K	qualifiers	0	27	12	不足	2	comparator	s	ceiling	position	s	before
K	qualifiers	0	28	12	最高	2	comparator	s	ceiling	position	s	before
K	qualifiers	0	29	12	最多	2	comparator	s	ceiling	position	s	before
K	qualifiers	0	30	12	以上	2	comparator	s	floor	position	s	after
K	qualifiers	0	31	12	及以上	2	comparator	s	floor	position	s	after
K	qualifiers	0	32	12	及以下	2	comparator	s	ceiling	position	s	after
K	qualifiers	0	33	12	以下	2	comparator	s	ceiling	position	s	after
K	qualifiers	0	34	12	以内	2	comparator	s	ceiling	position	s	after
K	qualifiers	0	35	12	之内	2	comparator	s	ceiling	position	s	after
K	qualifiers	0	36	12	左右	2	comparator	s	about	position	s	after
K	qualifiers	0	37	12	上下	2	comparator	s	about	position	s	after
K	qualifiers	0	38	12	多	2	comparator	s	floor	position	s	inner
K	qualifiers	0	39	12	余	2	comparator	s	floor	position	s	inner
K	rankNames	2	127	12	首位	1	rank	i	1
K	rankNames	2	128	12	榜首	1	rank	i	1
K	relativePeriods	1	41	12	今后五年	1	years	p	0	4
K	relativePeriods	1	42	12	未来五年	1	years	p	0	4
K	relativePeriods	1	43	12	今后三年	1	years	p	0	2
K	relativePeriods	1	44	12	今明两年	1	years	p	0	1
K	relativePeriods	1	45	12	未来三年	1	years	p	0	2
K	relativePeriods	1	46	12	今后一个时期	1	years	p	0	4
K	relativePeriods	1	47	12	过去五年	1	years	p	-5	-1
K	relativePeriods	1	48	12	过去5年	1	years	p	-5	-1
K	relativePeriods	1	49	12	近5年	1	years	p	-5	-1
K	relativePeriods	1	50	12	5年来	2	kind	s	since	years	p	-5	-1
K	relativePeriods	1	51	12	这五年	1	years	p	-5	-1
K	relativePeriods	1	52	12	过去的五年	1	years	p	-5	-1
K	relativePeriods	1	53	12	过去的5年	1	years	p	-5	-1
K	relativePeriods	1	54	12	过去的一年	1	years	p	-1	-1
K	relativePeriods	1	55	12	近五年	1	years	p	-5	-1
K	relativePeriods	1	56	12	五年来	2	kind	s	since	years	p	-5	-1
K	relativePeriods	1	57	12	过去一年	1	years	p	-1	-1
K	relativePeriods	1	58	12	一年来	2	kind	s	since	years	p	-1	-1
K	relativeYears	1	10	12	今年	1	offset	i	0
K	relativeYears	1	11	12	本年	1	offset	i	0
K	relativeYears	1	12	12	本年度	1	offset	i	0
K	relativeYears	1	13	12	明年	1	offset	i	1
K	relativeYears	1	14	12	后年	1	offset	i	2
K	relativeYears	1	15	12	去年	1	offset	i	-1
K	relativeYears	1	16	12	上年	1	offset	i	-1
K	relativeYears	1	17	12	上一年	1	offset	i	-1
K	relativeYears	1	18	12	前年	1	offset	i	-2
K	unitFactors	3	20	12	斤	2	base	s	斤	factor	s	1
K	unitFactors	3	21	12	公斤	2	base	s	斤	factor	s	2
K	unitFactors	3	22	12	千克	2	base	s	斤	factor	s	2
K	unitFactors	3	23	12	吨	2	base	s	斤	factor	s	2000
K	unitFactors	3	24	12	千瓦	2	base	s	千瓦	factor	s	1
K	unitFactors	3	25	12	兆瓦	2	base	s	千瓦	factor	s	1000
K	unitFactors	3	26	12	公顷	2	base	s	亩	factor	s	15
K	unitFactors	3	27	12	千公顷	2	base	s	亩	factor	s	15000
K	unitFactors	3	28	12	亩	2	base	s	亩	factor	s	1
K	unitFactors	3	29	12	平方公里	2	base	s	亩	factor	s	1500
K	unitFactors	3	30	12	公里	2	base	s	公里	factor	s	1
K	unitFactors	3	31	12	千米	2	base	s	公里	factor	s	1
K	units	2	12	12	元	2	aliases	l	2	圆	圓	kind	s	money
K	units	2	13	12	美元	1	kind	s	money
K	units	2	14	12	欧元	1	kind	s	money
K	units	2	15	12	港元	2	aliases	l	1	港币	kind	s	money
K	units	2	16	12	日元	1	kind	s	money
K	units	2	17	12	英镑	1	kind	s	money
K	units	2	18	12	澳元	1	kind	s	money
K	units	2	19	12	加元	1	kind	s	money
K	units	2	20	12	韩元	1	kind	s	money
K	units	2	21	12	泰铢	1	kind	s	money
K	units	2	22	12	卢布	1	kind	s	money
K	units	2	23	12	新台币	2	aliases	l	1	台币	kind	s	money
K	units	2	24	12	%	2	aliases	l	1	％	kind	s	percent
K	units	2	25	12	个百分点	2	aliases	l	1	百分点	kind	s	percentagePoint
K	units	2	26	12	‰	1	kind	s	ratio
K	units	2	27	12	倍	1	kind	s	ratio
K	units	2	28	12	人	1	kind	s	count
K	units	2	29	12	人次	1	kind	s	count
K	units	2	30	12	名	2	kind	s	count	rank	b	1
K	units	2	31	12	位	2	kind	s	count	rank	b	1
K	units	2	32	12	户	1	kind	s	count
K	units	2	33	12	个	1	kind	s	count
K	units	2	34	12	家	1	kind	s	count
K	units	2	35	12	项	1	kind	s	count
K	units	2	36	12	所	1	kind	s	count
K	units	2	37	12	座	1	kind	s	count
K	units	2	38	12	辆	1	kind	s	count
K	units	2	39	12	台	1	kind	s	count
K	units	2	40	12	套	1	kind	s	count
K	units	2	41	12	件	1	kind	s	count
K	units	2	42	12	条	1	kind	s	count
K	units	2	43	12	批	1	kind	s	count
K	units	2	44	12	处	1	kind	s	count
K	units	2	45	12	头	1	kind	s	count
K	units	2	46	12	只	1	kind	s	count
K	units	2	47	12	间	1	kind	s	count
K	units	2	48	12	张	1	kind	s	count
K	units	2	49	12	宗	1	kind	s	count
K	units	2	50	12	起	1	kind	s	count
K	units	2	51	12	次	1	kind	s	count
K	units	2	52	12	场	1	kind	s	count
K	units	2	53	12	篇	1	kind	s	count
K	units	2	54	12	部	1	kind	s	count
K	units	2	55	12	支	1	kind	s	count
K	units	2	56	12	株	1	kind	s	count
K	units	2	57	12	棵	1	kind	s	count
K	units	2	58	12	艘	1	kind	s	count
K	units	2	59	12	架	1	kind	s	count
K	units	2	60	12	栋	1	kind	s	count
K	units	2	61	12	种	1	kind	s	count
K	units	2	62	12	款	1	kind	s	count
K	units	2	63	12	块	1	kind	s	count
K	units	2	64	12	村	1	kind	s	count
K	units	2	65	12	床	1	kind	s	count
K	units	2	66	12	公里	2	aliases	l	1	km	kind	s	physical
K	units	2	67	12	千米	1	kind	s	physical
K	units	2	68	12	米	1	kind	s	physical
K	units	2	69	12	平方公里	1	kind	s	physical
K	units	2	70	12	平方米	2	aliases	l	1	㎡	kind	s	physical
K	units	2	71	12	立方米	2	aliases	l	1	m³	kind	s	physical
K	units	2	72	12	亩	1	kind	s	physical
K	units	2	73	12	公顷	1	kind	s	physical
K	units	2	74	12	千公顷	1	kind	s	physical
K	units	2	75	12	吨	1	kind	s	physical
K	units	2	76	12	吨标准煤	1	kind	s	physical
K	units	2	77	12	标准煤	1	kind	s	physical
K	units	2	78	12	千克	2	aliases	l	1	kg	kind	s	physical
K	units	2	79	12	公斤	1	kind	s	physical
K	units	2	80	12	斤	1	kind	s	physical
K	units	2	81	12	千瓦	2	aliases	l	1	kW	kind	s	physical
K	units	2	82	12	千瓦时	2	aliases	l	1	kWh	kind	s	physical
K	units	2	83	12	兆瓦	1	kind	s	physical
K	units	2	84	12	MW	1	kind	s	physical
K	units	2	85	12	GW	1	kind	s	physical
K	units	2	86	12	千伏	2	aliases	l	1	kV	kind	s	physical
K	units	2	87	12	标箱	2	aliases	l	2	标准箱	TEU	kind	s	physical
K	units	2	88	12	微克/立方米	2	aliases	l	3	μg/m³	μg/m3	微克每立方米	kind	s	physical
K	units	2	89	12	个月	1	kind	s	duration
K	units	2	90	12	天	1	kind	s	duration
K	units	2	91	12	小时	1	kind	s	duration
K	units	2	92	12	分钟	1	kind	s	duration
K	units	2	93	12	个工作日	1	kind	s	duration
K	units	2	94	12	岁	1	kind	s	duration
K	yearParts	1	23	12	上半年	1	months	p	1	6
K	yearParts	1	24	12	下半年	1	months	p	7	12
K	yearParts	1	25	12	一季度	1	months	p	1	3
K	yearParts	1	26	12	二季度	1	months	p	4	6
K	yearParts	1	27	12	三季度	1	months	p	7	9
K	yearParts	1	28	12	四季度	1	months	p	10	12
K	yearParts	1	29	12	第一季度	1	months	p	1	3
K	yearParts	1	30	12	第二季度	1	months	p	4	6
K	yearParts	1	31	12	第三季度	1	months	p	7	9
K	yearParts	1	32	12	第四季度	1	months	p	10	12
K	yearParts	1	33	12	前三季度	1	months	p	1	9
K	yearParts	1	34	12	前两季度	1	months	p	1	6
K	yearParts	1	35	12	年初	1	months	p	1	3
K	yearParts	1	36	12	全年	1	months	p	1	12
K	yearSuffixes	1	80	12	底	1	kind	s	by
K	yearSuffixes	1	81	12	底前	1	kind	s	by
K	yearSuffixes	1	82	12	底以前	1	kind	s	by
K	yearSuffixes	1	83	12	末	1	kind	s	by
K	yearSuffixes	1	84	12	末前	1	kind	s	by
K	yearSuffixes	1	85	12	前	1	kind	s	before
K	yearSuffixes	1	86	12	之前	1	kind	s	before
K	yearSuffixes	1	87	12	以前	1	kind	s	before
K	yearSuffixes	1	88	12	以来	1	kind	s	since
K	yearSuffixes	1	89	12	内	1	kind	s	within
F	Rules/roles.yaml
W	actualWords	6	11	15	完成
W	actualWords	6	11	19	实现
W	actualWords	6	11	23	累计
W	actualWords	6	11	27	同比
W	actualWords	6	11	31	比上年
W	actualWords	6	11	36	比去年
W	actualWords	6	11	41	获得
W	actualWords	6	11	45	已
W	actualWords	6	11	48	达到了
W	actualWords	6	11	53	超额
W	actualWords	6	11	57	增长
W	baselineWords	5	147	17	提高到
W	baselineWords	5	147	22	提高至
W	baselineWords	5	147	27	提升到
W	baselineWords	5	147	32	提升至
W	baselineWords	5	147	37	增加到
W	baselineWords	5	147	42	增加至
W	baselineWords	5	147	47	增至
W	baselineWords	5	147	51	增长到
W	baselineWords	5	147	56	增长至
W	baselineWords	5	147	61	上升到
W	baselineWords	5	147	66	上升至
W	baselineWords	5	147	71	扩大到
W	baselineWords	5	147	76	扩大至
W	baselineWords	5	148	3	降低到
W	baselineWords	5	148	8	降低至
W	baselineWords	5	148	13	下降到
W	baselineWords	5	148	18	下降至
W	baselineWords	5	148	23	降至
W	baselineWords	5	148	27	降到
W	baselineWords	5	148	31	减少到
W	baselineWords	5	148	36	减少至
W	baselineWords	5	148	41	缩小到
W	baselineWords	5	148	46	缩小至
W	baselineWords	5	148	51	缩短到
W	baselineWords	5	148	56	缩短至
W	baselineWords	5	148	61	调整到
W	baselineWords	5	148	66	调整为
W	baselineWords	5	148	71	提高为
W	ceilingMetrics	3	9	18	城镇调查失业率
W	ceilingMetrics	3	9	27	调查失业率
W	ceilingMetrics	3	9	34	城镇登记失业率
W	ceilingMetrics	3	9	43	登记失业率
W	ceilingMetrics	3	9	50	居民消费价格涨幅
W	ceilingMetrics	3	9	60	居民消费价格
W	ceilingMetrics	3	9	68	赤字率
W	changeFillers	5	165	17	了
W	changeFillers	5	165	20	再
W	changeFillers	5	165	23	共
W	changeFillers	5	165	26	均
W	changeFillers	5	165	29	分别
W	changeFillers	5	165	33	约
W	changeFillers	5	165	36	达
W	changeFillers	5	165	39	达到
W	changeWords	5	139	15	增长
W	changeWords	5	139	19	下降
W	changeWords	5	139	23	增加
W	changeWords	5	139	27	减少
W	changeWords	5	139	31	提高
W	changeWords	5	139	35	降低
W	changeWords	5	139	39	上涨
W	changeWords	5	139	43	下跌
W	changeWords	5	139	47	上升
W	changeWords	5	139	51	回落
W	changeWords	5	139	55	增速
W	changeWords	5	139	59	增幅
W	changeWords	5	139	63	降幅
W	changeWords	5	139	67	同比增长
W	changeWords	5	139	73	比上年增长
W	classifiers	2	98	15	颗
W	classifiers	2	98	18	粒
W	classifiers	2	98	21	枚
W	classifiers	2	98	24	盏
W	classifiers	2	98	27	根
W	classifiers	2	98	30	口
W	classifiers	2	98	33	眼
W	classifiers	2	98	36	道
W	classifiers	2	98	39	门
W	classifiers	2	98	42	幅
W	classifiers	2	98	45	本
W	classifiers	2	98	48	册
W	classifiers	2	98	51	份
W	classifiers	2	98	54	例
W	classifiers	2	98	57	匹
W	classifiers	2	98	60	片
W	classifiers	2	98	63	组
W	classifiers	2	98	66	双
W	classifiers	2	98	69	趟
W	classifiers	2	98	72	班
W	classifiers	2	98	75	列
W	classifiers	2	98	78	轮
W	classifiers	2	98	81	类
W	classifiers	2	98	84	层
W	classifiers	2	99	3	幢
W	classifiers	2	99	6	把
W	classifiers	2	99	9	羽
W	classifiers	2	99	12	尾
W	classifiers	2	99	15	亿人次
W	comparisonWords	6	15	19	比上年
W	comparisonWords	6	15	24	比去年
W	comparisonWords	6	15	29	较上年
W	comparisonWords	6	15	34	较去年
W	comparisonWords	6	15	39	比上一年
W	comparisonWords	6	15	45	同比
W	comparisonWords	6	15	49	比年初
W	comparisonWords	6	15	54	较年初
W	comparisonWords	6	15	59	与上年持平
W	completionWords	3	36	19	完成
W	completionWords	3	36	23	建成
W	completionWords	3	36	27	实现
W	completionWords	3	36	31	投产
W	completionWords	3	36	35	出台
W	completionWords	3	36	39	开通
W	completionWords	3	36	43	竣工
W	completionWords	3	36	47	落地
W	completionWords	3	36	51	建立
W	completionWords	3	36	55	全覆盖
W	completionWords	3	36	60	投入使用
W	completionWords	3	36	66	通车
W	completionWords	3	36	70	挂牌
W	completionWords	3	36	74	获批
W	completionWords	3	36	78	达到
W	completionWords	3	36	82	圆满
W	componentNouns	5	156	18	增加值
W	componentNouns	5	156	23	营业收入
W	componentNouns	5	156	29	主营业务收入
W	componentNouns	5	156	37	利润总额
W	componentNouns	5	156	43	利润
W	componentNouns	5	156	47	总产值
W	componentNouns	5	156	52	产值
W	componentNouns	5	156	56	营收
W	componentNouns	5	156	60	税收
W	componentNouns	5	156	64	出口额
W	componentNouns	5	156	69	研发投入
W	componentNouns	5	156	75	研发经费
W	currentWords	5	151	16	现行
W	currentWords	5	151	20	原
W	currentWords	5	151	23	原有
W	currentWords	5	151	27	目前
W	decreaseWords	5	163	17	下降
W	decreaseWords	5	163	21	减少
W	decreaseWords	5	163	25	降低
W	decreaseWords	5	163	29	缩小
W	decreaseWords	5	163	33	压减
W	decreaseWords	5	163	37	回落
W	decreaseWords	5	163	41	下跌
W	decreaseWords	5	163	45	降
W	decreaseWords	5	163	48	缩减
W	decreaseWords	5	163	52	缩短
W	durationWords	2	132	17	延长
W	durationWords	2	132	21	延长至
W	durationWords	2	132	26	延长到
W	durationWords	2	132	31	缩短
W	durationWords	2	132	35	缩短至
W	durationWords	2	132	40	连续
W	durationWords	2	132	44	长达
W	durationWords	2	132	48	达到
W	durationWords	2	132	52	达
W	durationWords	2	132	55	平均
W	durationWords	2	132	59	提前
W	durationWords	2	132	63	满
W	durationWords	2	132	66	超过
W	durationWords	2	132	70	为期
W	durationWords	2	132	74	历时
W	estimateWords	5	169	17	预计
W	estimateWords	5	169	21	预估
W	estimateWords	5	169	25	估计
W	estimateWords	5	169	29	预测
W	fallingSuffixes	3	14	19	降幅
W	fallingSuffixes	3	14	23	下降
W	fallingSuffixes	3	14	27	降低
W	fallingSuffixes	3	14	31	减少
W	fallingSuffixes	3	14	35	缩小
W	fallingSuffixes	3	14	39	回落
W	fallingSuffixes	3	14	43	下跌
W	fallingSuffixes	3	14	47	压减
W	fallingSuffixes	3	14	51	缩减
W	genericMetrics	5	172	18	指标
W	genericMetrics	5	172	22	工程
W	genericMetrics	5	172	26	项目
W	genericMetrics	5	172	30	台阶
W	genericMetrics	5	172	34	新台阶
W	genericMetrics	5	172	39	任务
W	genericMetrics	5	172	43	目标
W	genericMetrics	5	172	47	举措
W	genericMetrics	5	172	51	措施
W	genericMetrics	5	172	55	方面
W	genericMetrics	5	172	59	工作
W	genericMetrics	5	172	63	领域
W	genericMetrics	5	172	67	行动
W	genericMetrics	5	172	71	政策
W	genericMetrics	5	172	75	事项
W	genericMetrics	5	172	79	重点
W	genericMetrics	5	172	83	新高
W	genericMetrics	5	172	87	新突破
W	goalFillers	3	67	15	保持
W	goalFillers	3	67	19	继续
W	goalFillers	3	67	23	持续
W	goalFillers	3	67	27	稳定
W	goalFillers	3	67	31	基本
W	goalFillers	3	67	35	总体
W	goalFillers	3	67	39	进一步
W	goalFillers	3	67	44	不断
W	goalFillers	3	67	48	稳步
W	goalFillers	3	67	52	保稳
W	goalFillers	3	67	56	稳量
W	goalFillers	3	67	60	促稳
W	goalFillers	3	67	64	稳中
W	goalFillers	3	67	68	提效
W	goalFillers	3	67	72	均
W	goalFillers	3	67	75	总体上
W	goalFillers	3	67	80	明显
W	goalFillers	3	67	84	稳
W	headlineAsides	5	206	18	更好结果
W	headlineAsides	5	206	24	实际工作中
W	headlineAsides	5	206	31	综合考虑
W	headlineAsides	5	206	37	主要考虑
W	headlineLeads	5	204	17	主要预期目标
W	headlineLeads	5	204	25	预期目标
W	headlineLeads	5	204	31	主要目标
W	hedges	5	5	10	力争
W	hedges	5	5	14	确保
W	hedges	5	5	18	争取
W	hedges	5	5	22	努力
W	hedges	5	5	26	努力争取
W	hedges	5	5	32	力求
W	hedges	5	5	36	确保实现
W	hedges	5	5	42	力争实现
W	hedges	5	5	48	争创
W	hedges	5	5	52	力保
W	hedges	5	5	56	努力实现
W	holderNouns	5	157	15	企业
W	holderNouns	5	157	19	公司
W	increaseWords	5	162	17	增长
W	increaseWords	5	162	21	增加
W	increaseWords	5	162	25	提高
W	increaseWords	5	162	29	提升
W	increaseWords	5	162	33	上涨
W	increaseWords	5	162	37	上升
W	increaseWords	5	162	41	扩大
W	increaseWords	5	162	45	增
W	measureWords	5	183	16	总投资
W	measureWords	5	183	21	投资
W	measureWords	5	183	25	总规模
W	measureWords	5	183	30	规模
W	measureWords	5	183	34	总面积
W	measureWords	5	183	39	面积
W	measureWords	5	183	43	总长度
W	measureWords	5	183	48	长度
W	measureWords	5	183	52	总容量
W	measureWords	5	183	57	容量
W	metricCuts	5	135	14	从
W	metricCuts	5	135	17	由
W	metricHeads	5	198	15	居民
W	metricHeads	5	198	19	人均
W	metricHeads	5	198	23	设施
W	metricHeads	5	198	27	产量
W	metricHeads	5	198	31	产值
W	metricHeads	5	198	35	增加值
W	metricHeads	5	198	40	收入
W	metricHeads	5	198	44	支出
W	metricHeads	5	198	48	投资
W	metricHeads	5	198	52	占比
W	metricHeads	5	198	56	比重
W	metricHeads	5	198	60	总额
W	metricHeads	5	198	64	规模
W	metricHeads	5	198	68	面积
W	metricHeads	5	198	72	销售
W	metricHeads	5	198	76	营业收入
W	metricHeads	5	198	82	利润
W	metricHeads	5	199	3	覆盖率
W	metricHeads	5	199	8	普及率
W	metricHeads	5	199	13	达标率
W	metricHeads	5	199	18	合格率
W	metricHeads	5	199	23	入学率
W	metricHeads	5	199	28	人口
W	metricHeads	5	199	32	总量
W	metricHeads	5	199	36	数量
W	metricHeads	5	199	40	价格
W	metricHeads	5	199	44	财政补助
W	metricHeads	5	199	50	补助标准
W	metricHeads	5	199	56	标准
W	metricLeading	5	15	5	全年
W	metricLeading	5	16	5	全市
W	metricLeading	5	17	5	全省
W	metricLeading	5	18	5	全区
W	metricLeading	5	19	5	全县
W	metricLeading	5	20	5	全镇
W	metricLeading	5	22	5	累计
W	metricLeading	5	23	5	今年
W	metricLeading	5	24	5	其中
W	metricLeading	5	25	5	把
W	metricLeading	5	26	5	将
W	metricLeading	5	27	5	并
W	metricLeading	5	28	5	同时
W	metricLeading	5	29	5	同比
W	metricLeading	5	30	5	比上年
W	metricLeading	5	31	5	的
W	metricLeading	5	32	5	我市的
W	metricLeading	5	33	5	我省的
W	metricLeading	5	34	5	我区的
W	metricLeading	5	35	5	我国的
W	metricLeading	5	36	5	我市
W	metricLeading	5	37	5	我省
W	metricLeading	5	38	5	我区
W	metricLeading	5	39	5	我国
W	metricLeading	5	40	5	向上
W	metricLeading	5	41	5	进一步
W	metricLeading	5	42	5	推动
W	metricLeading	5	43	5	力争
W	metricLeading	5	44	5	确保
W	metricLeading	5	45	5	争取
W	metricLeading	5	46	5	努力
W	metricLeading	5	47	5	提出
W	metricLeading	5	48	5	拟
W	metricLeading	5	49	5	首次
W	metricLeading	5	50	5	将首次
W	metricNoise	5	187	15	按可比口径
W	metricNoise	5	187	22	按可比价格计算
W	metricNoise	5	187	31	按可比价格
W	metricNoise	5	187	38	按同口径
W	metricNoise	5	187	44	同口径
W	metricNoise	5	187	49	按可比价
W	metricStops	5	143	15	已
W	metricStops	5	143	18	由
W	metricStops	5	143	21	将
W	metricStops	5	143	24	的
W	metricStops	5	143	27	和
W	metricStops	5	143	30	与
W	metricStops	5	143	33	及
W	metricStops	5	143	36	均
W	metricStops	5	143	39	都
W	metricStops	5	143	42	全部
W	metricStops	5	143	46	正
W	metricStops	5	143	49	被
W	metricStops	5	143	52	为
W	metricStops	5	143	55	是
W	metricStops	5	143	58	可
W	metricStops	5	143	61	共
W	metricStops	5	143	64	总
W	metricStops	5	143	67	等
W	metricStops	5	143	70	以
W	metricStops	5	143	73	并
W	metricStops	5	143	76	且
W	metricStops	5	143	79	如期
W	metricStops	5	143	83	按期
W	metricStops	5	143	87	按时
W	metricStops	5	143	91	人民币
W	metricStops	5	143	96	支持
W	metricStops	5	143	100	用于
W	metricStops	5	143	104	主要
W	metricStops	5	143	108	开展
W	metricStops	5	143	112	实施
W	metricStops	5	143	116	参与
W	metricStops	5	143	120	通过
W	metricStops	5	143	124	落户
W	metricStops	5	143	128	入驻
W	metricStops	5	143	132	(
W	metricStops	5	143	137	（
W	metricStops	5	143	142	“
W	metricStops	5	143	147	《
W	metricTrailing	5	54	5	达到
W	metricTrailing	5	55	5	第
W	metricTrailing	5	56	5	达
W	metricTrailing	5	57	5	为
W	metricTrailing	5	58	5	是
W	metricTrailing	5	59	5	了
W	metricTrailing	5	60	5	的
W	metricTrailing	5	61	5	在
W	metricTrailing	5	62	5	到
W	metricTrailing	5	63	5	至
W	metricTrailing	5	64	5	从
W	metricTrailing	5	65	5	由
W	metricTrailing	5	66	5	约
W	metricTrailing	5	67	5	控制在
W	metricTrailing	5	68	5	保持在
W	metricTrailing	5	69	5	首次
W	metricTrailing	5	70	5	将首次
W	metricTrailing	5	71	5	再
W	metricTrailing	5	72	5	稳定在
W	metricTrailing	5	73	5	提高到
W	metricTrailing	5	74	5	提升到
W	metricTrailing	5	75	5	提高至
W	metricTrailing	5	76	5	提升至
W	metricTrailing	5	77	5	增加到
W	metricTrailing	5	78	5	增至
W	metricTrailing	5	79	5	降至
W	metricTrailing	5	80	5	降到
W	metricTrailing	5	81	5	下降到
W	metricTrailing	5	82	5	突破
W	metricTrailing	5	83	5	超过
W	metricTrailing	5	84	5	不低于
W	metricTrailing	5	85	5	不少于
W	metricTrailing	5	86	5	不超过
W	metricTrailing	5	87	5	低于
W	metricTrailing	5	88	5	高于
W	metricTrailing	5	89	5	按
W	metricTrailing	5	90	5	拟
W	metricTrailing	5	91	5	要
W	metricTrailing	5	92	5	将
W	metricTrailing	5	93	5	可
W	metricTrailing	5	94	5	全年
W	metricTrailing	5	95	5	累计
W	metricTrailing	5	96	5	总计
W	metricTrailing	5	97	5	合计
W	metricTrailing	5	98	5	共计
W	metricTrailing	5	99	5	已
W	metricTrailing	5	100	5	上升
W	metricTrailing	5	101	5	上升至
W	metricTrailing	5	102	5	安装
W	metricTrailing	5	103	5	平均
W	metricTrailing	5	104	5	完成
W	metricTrailing	5	105	5	实现
W	metricTrailing	5	106	5	共完成
W	metricTrailing	5	107	5	累计完成
W	metricTrailing	5	108	5	定为
W	metricTrailing	5	109	5	定在
W	metricTrailing	5	110	5	拟定
W	metricTrailing	5	111	5	设定为
W	metricTrailing	5	112	5	设定在
W	metricTrailing	5	113	5	预期目标
W	metricTrailing	5	114	5	目标
W	metricTrailing	5	115	5	预期
W	metricTrailing	5	116	5	安排
W	metricTrailing	5	117	5	拟安排
W	metricTrailing	5	118	5	发行
W	metricVerbs	5	9	15	完成
W	metricVerbs	5	9	19	实现
W	metricVerbs	5	9	23	获得
W	metricVerbs	5	9	27	争取
W	metricVerbs	5	9	31	兑现
W	metricVerbs	5	9	35	已有
W	metricVerbs	5	9	39	拥有
W	metricVerbs	5	9	43	共有
W	metricVerbs	5	9	47	现有
W	metricVerbs	5	9	51	安排
W	metricVerbs	5	9	55	下达
W	metricVerbs	5	9	59	争创
W	metricVerbs	5	9	63	建成
W	metricVerbs	5	9	67	带动
W	metricVerbs	5	9	71	新建
W	metricVerbs	5	9	75	改造
W	metricVerbs	5	9	79	发放
W	metricVerbs	5	9	83	吸引
W	metricVerbs	5	9	87	引进
W	metricVerbs	5	9	91	拉动
W	metricVerbs	5	10	3	发行
W	metricVerbs	5	10	7	设立
W	metricVerbs	5	10	11	提出
W	notHeadings	6	26	15	来源
W	notHeadings	6	26	19	谢谢
W	notQualifiers	0	42	17	最近
W	notQualifiers	0	42	21	附近
W	notQualifiers	0	42	25	临近
W	notQualifiers	0	42	29	靠近
W	notQualifiers	0	42	33	超级
W	notRankAfter	2	123	16	方阵
W	notRankAfter	2	123	20	梯队
W	notRankAfter	2	123	24	阵营
W	notRankAfter	2	123	28	方队
W	notRankAfter	2	123	32	批次
F	Rules/owners.yaml
W	ownerLabels	7	7	15	牵头单位
W	ownerLabels	7	7	21	责任单位
W	ownerLabels	7	7	27	牵头部门
W	ownerLabels	7	7	33	责任部门
W	ownerLabels	7	7	39	牵头考核单位
W	ownerLabels	7	7	47	主要责任单位
W	ownerLabels	7	7	55	责任主体
W	ownerLabels	7	7	61	承办单位
W	ownerLabels	7	7	67	主办单位
W	ownerLabels	7	7	73	实施单位
W	ownerMarkers	7	8	16	牵头负责
W	ownerMarkers	7	8	22	牵头
W	ownerMarkers	7	8	26	负责
W	ownerMarkers	7	8	30	共同负责
W	ownerMarkers	7	8	36	分别负责
W	ownerMarkers	7	8	42	按职责分工负责
W	ownerSuffixes	7	15	17	委
W	ownerSuffixes	7	15	20	厅
W	ownerSuffixes	7	15	23	局
W	ownerSuffixes	7	15	26	办
W	ownerSuffixes	7	15	29	部
W	ownerSuffixes	7	15	32	院
W	ownerSuffixes	7	15	35	会
W	ownerSuffixes	7	15	38	府
W	ownerSuffixes	7	15	41	政府
W	ownerSuffixes	7	15	45	中心
W	ownerSuffixes	7	15	49	公司
W	ownerSuffixes	7	15	53	集团
W	ownerSuffixes	7	15	57	行
W	ownerSuffixes	7	15	60	社
W	ownerSuffixes	7	15	63	所
W	ownerSuffixes	7	15	66	站
W	ownerSuffixes	7	15	69	队
W	ownerSuffixes	7	15	72	馆
W	ownerSuffixes	7	15	75	署
W	ownerSuffixes	7	15	78	委员会
W	ownerSuffixes	7	15	83	单位
W	ownerSuffixes	7	15	87	部门
W	ownerSuffixes	7	15	91	组
W	ownerSuffixes	7	15	94	室
W	ownerSuffixes	7	15	97	处
W	ownerSuffixes	7	15	100	科
W	ownerSuffixes	7	15	103	区
W	ownerSuffixes	7	15	106	县
W	ownerSuffixes	7	15	109	市
W	ownerSuffixes	7	15	112	省
W	ownerSuffixes	7	15	115	镇
W	ownerSuffixes	7	15	118	乡
W	ownerSuffixes	7	15	121	街道
W	ownerSuffixes	7	15	125	园区
W	ownerSuffixes	7	15	129	管委会
W	ownerSuffixes	7	15	134	法院
W	ownerSuffixes	7	15	138	检察院
W	ownerSuffixes	7	15	143	银行
W	ownerSuffixes	7	15	147	协会
W	ownerSuffixes	7	15	151	联合会
W	ownerSuffixes	7	15	156	团委
W	ownerSuffixes	7	15	160	妇联
W	ownerSuffixes	7	15	164	总工会
W	ownerSuffixes	7	15	169	残联
W	ownerSuffixes	7	15	173	科协
W	ownerSuffixes	7	15	177	供销社
W	ownerSuffixes	7	15	182	大学
W	ownerSuffixes	7	15	186	学校
W	ownerSuffixes	7	15	190	医院
W	ownerSuffixes	7	15	194	电网
W	ownerSuffixes	7	15	198	海关
W	ownerSuffixes	7	15	202	监狱
W	ownerSuffixes	7	15	206	保险
W	ownerSuffixes	7	15	210	证券
W	ownerTrim	7	11	13	按职责分工
W	ownerTrim	7	11	20	按职责
W	ownerTrim	7	11	25	分别
W	ownerTrim	7	11	29	共同
W	ownerTrim	7	11	33	等
W	ownerTrim	7	11	36	各
F	Rules/layout.yaml
W	pageJumps	8	11	13	下转
W	pageJumps	8	11	17	上接
W	pageJumps	8	11	21	紧接
W	pageJumps	8	11	25	下接
W	pageJumps	8	11	29	转
W	pageJumps	8	11	32	接
W	pageJumps	8	11	35	续
W	paragraphOpenings	8	6	21	各位代表
W	paragraphOpenings	8	6	27	来源：
W	paragraphOpenings	8	6	32	来源:
W	paragraphOpenings	8	6	39	附件
W	partialWords	3	37	16	基本完成
W	partialWords	3	37	22	基本建成
W	partialWords	3	37	28	基本实现
W	partialWords	3	37	34	大部分
W	partialWords	3	37	39	部分完成
W	partialWords	3	37	45	初步建成
W	partialWords	3	37	51	初步实现
W	pastWords	6	12	13	去年
W	pastWords	6	12	17	上年
W	pastWords	6	12	21	过去
W	pastWords	6	12	25	已经
W	pastWords	6	12	29	以来
W	pastWords	6	12	33	一年来
W	pastWords	6	12	38	五年来
W	pastWords	6	12	43	已达
W	pastWords	6	12	47	已超过
W	pastWords	6	12	52	已有
W	planHeadings	6	20	16	任务
W	planHeadings	6	20	20	安排
W	planHeadings	6	20	24	目标
W	planHeadings	6	20	28	要求
W	planHeadings	6	20	32	下一步
W	planHeadings	6	20	37	重点
W	planHeadings	6	20	41	计划
W	planHeadings	6	20	45	思路
W	planHeadings	6	20	49	举措
W	planHeadings	6	20	53	措施
W	planHeadings	6	20	57	建议
W	planHeadings	6	20	61	部署
W	planHeadings	6	20	65	取向
W	planHeadings	6	20	69	今年
W	planHeadings	6	20	73	展望
W	planHeadings	6	20	77	主要工作
W	planItemNouns	5	175	17	指标
W	planItemNouns	5	175	21	工程
W	planItemNouns	5	175	25	任务
W	planItemNouns	5	175	29	举措
W	planItemNouns	5	175	33	措施
W	planItemNouns	5	175	37	行动
W	planItemNouns	5	175	41	方面
W	planItemNouns	5	175	45	领域
W	planItemNouns	5	175	49	政策
W	planItemNouns	5	175	53	文件
W	planItemNouns	5	175	57	条例
W	planItemNouns	5	175	61	方案
W	planItemNouns	5	175	65	意见
W	planItemNouns	5	175	69	要点
W	planItemNouns	5	175	73	清单
W	planItemNouns	5	175	77	事项
W	planItemNouns	5	176	3	重大工程
W	planItemNouns	5	176	9	重点工程
W	planItemNouns	5	176	15	专项行动
W	planItemNouns	5	176	21	重点任务
W	planItemNouns	5	176	27	重大任务
W	planItemNouns	5	176	33	攻坚行动
W	planItemNouns	5	176	39	三年行动
W	planOpenings	6	23	16	下一步
W	planOpenings	6	23	21	今后
W	planOpenings	6	23	25	明年
W	planOpenings	6	23	29	新的一年
W	planOpenings	6	23	35	今年工作
W	planWords	6	10	13	力争
W	planWords	6	10	17	确保
W	planWords	6	10	21	目标
W	planWords	6	10	25	预期
W	planWords	6	10	29	争取
W	planWords	6	10	33	努力
W	planWords	6	10	37	计划
W	planWords	6	10	41	力求
W	planWords	6	10	45	将达到
W	planWords	6	10	50	要达到
W	planWords	6	10	55	将实现
W	planWords	6	10	60	下一步
W	planWords	6	10	65	拟
W	planWords	6	10	68	将
W	planWords	6	10	71	安排
W	planWords	6	10	75	拟安排
W	planWords	6	10	80	预算安排
W	progressWords	3	39	17	推进
W	progressWords	3	39	21	加快
W	progressWords	3	39	25	启动
W	progressWords	3	39	29	开工
W	progressWords	3	39	33	实施
W	progressWords	3	39	37	推动
W	progressWords	3	39	41	深化
W	progressWords	3	39	45	开展
W	progressWords	3	39	49	持续
W	progressWords	3	39	53	正在
W	progressWords	3	39	57	加强
W	progressWords	3	39	61	扎实
W	rankWords	2	114	13	排名
W	rankWords	2	114	17	排位
W	rankWords	2	114	21	位次
W	rankWords	2	114	25	名次
W	rankWords	2	114	29	位居
W	rankWords	2	114	33	位列
W	rankWords	2	114	37	排在
W	rankWords	2	114	41	排第
W	rankWords	2	114	45	跃居
W	rankWords	2	114	49	跃升
W	rankWords	2	114	53	上升至
W	rankWords	2	114	58	上升到
W	rankWords	2	114	63	下降至
W	rankWords	2	114	68	提升至
W	rankWords	2	114	73	前移
W	rankWords	2	115	3	居全国
W	rankWords	2	115	8	居全省
W	rankWords	2	115	13	居全市
W	rankWords	2	115	18	居全区
W	rankWords	2	115	23	居于
W	rankWords	2	115	27	稳居
W	rankWords	2	115	31	名列
W	rankWords	2	115	35	跻身
W	rankWords	2	115	39	进入全国
W	rankWords	2	115	45	进入全省
W	rankWords	2	115	51	保持全国
W	rankWords	2	115	57	保持全省
W	rankWords	2	115	63	排全国
W	rankWords	2	115	68	排全省
W	reviewHeadings	6	19	18	回顾
W	reviewHeadings	6	19	22	过去一年
W	reviewHeadings	6	19	28	一年来
W	reviewHeadings	6	19	33	过去五年
W	reviewHeadings	6	19	39	五年来
W	reviewHeadings	6	19	44	主要做了以下工作
W	reviewHeadings	6	19	54	工作总结
W	reviewHeadings	6	19	60	取得
W	reviewHeadings	6	19	64	成绩
W	reviewHeadings	6	19	68	主要成效
W	reviewHeadings	6	19	74	以来
W	rhetoricNouns	5	179	17	人民
W	rhetoricNouns	5	179	21	儿女
W	rhetoricNouns	5	179	25	同胞
W	rhetoricNouns	5	179	29	群众
W	rhetoricNouns	5	179	33	各族人民
W	risingSuffixes	3	13	18	涨幅
W	risingSuffixes	3	13	22	增幅
W	risingSuffixes	3	13	26	增速
W	risingSuffixes	3	13	30	年均增长
W	risingSuffixes	3	13	36	增长
W	risingSuffixes	3	13	40	上涨
W	risingSuffixes	3	13	44	上升
W	risingSuffixes	3	13	48	提高
W	risingSuffixes	3	13	52	提升
W	risingSuffixes	3	13	56	增加
W	risingSuffixes	3	13	60	扩大
W	shortfallWords	3	38	18	未完成
W	shortfallWords	3	38	23	未能
W	shortfallWords	3	38	27	未达到
W	shortfallWords	3	38	32	尚未
W	shortfallWords	3	38	36	没有完成
W	shortfallWords	3	38	42	差距较大
W	sourceCredits	8	14	17	来源
W	sourceCredits	8	14	21	稿源
W	sourceCredits	8	14	25	信息来源
W	speakerTitles	4	5	17	总理
W	speakerTitles	4	5	21	省长
W	speakerTitles	4	5	25	代省长
W	speakerTitles	4	5	30	市长
W	speakerTitles	4	5	34	代市长
W	speakerTitles	4	5	39	主席
W	speakerTitles	4	5	43	代主席
W	speakerTitles	4	5	48	区长
W	speakerTitles	4	5	52	代区长
W	speakerTitles	4	5	57	县长
W	speakerTitles	4	5	61	代县长
W	speakerTitles	4	5	66	州长
W	speakerTitles	4	5	70	盟长
W	speakerTitles	4	5	74	旗长
F	Rules/stop.yaml
W	stopWords	9	4	5	一带一路
W	stopWords	9	5	5	长三角
W	stopWords	9	6	5	珠三角
W	stopWords	9	7	5	两高
W	stopWords	9	8	5	双高
W	stopWords	9	9	5	二氧化碳
W	stopWords	9	10	5	十四五
W	stopWords	9	11	5	十五五
W	stopWords	9	12	5	十三五
W	stopWords	9	13	5	两个确立
W	stopWords	9	14	5	两个维护
W	stopWords	9	15	5	一号战略
W	stopWords	9	16	5	5G
W	stopWords	9	17	5	4G
W	stopWords	9	18	5	6G
W	stopWords	9	19	5	3A
W	stopWords	9	20	5	4A
W	stopWords	9	21	5	5A
W	stopWords	9	22	5	12345
W	stopWords	9	23	5	一网通办
W	stopWords	9	24	5	一网统管
W	stopWords	9	25	5	十大
W	stopWords	9	26	5	百强
W	stopWords	9	27	5	千万工程
W	stopWords	9	28	5	百千万工程
W	stopWords	9	29	5	万企兴万村
W	stopWords	9	30	5	百县千镇万村
W	stopWords	9	31	5	四个全面
W	stopWords	9	32	5	五位一体
W	stopWords	9	33	5	三新一高
W	titleEndings	4	9	16	通知
W	titleEndings	4	9	20	通报
W	titleEndings	4	9	24	报告
W	titleEndings	4	9	28	公报
W	titleEndings	4	9	32	方案
W	titleEndings	4	9	36	意见
W	titleEndings	4	9	40	决定
W	titleEndings	4	9	44	办法
W	titleEndings	4	9	48	规定
W	titleEndings	4	9	52	规划
W	titleEndings	4	9	56	纲要
W	titleEndings	4	9	60	批复
W	titleEndings	4	9	64	决议
W	titleEndings	4	9	68	细则
W	yearPastMarkers	6	34	19	以来
W	yearPastMarkers	6	34	23	累计
W	yearPastMarkers	6	34	27	全年
W	yearPlanHeadings	6	31	20	工作安排
W	yearPlanHeadings	6	31	26	主要任务
W	yearPlanHeadings	6	31	32	政府工作任务
W	yearPlanHeadings	6	31	40	经济社会发展总体要求
W	yearPlanHeadings	6	31	52	工作任务
W	yearPlanHeadings	6	31	58	重点工作
W	yearPlanHeadings	6	31	64	工作总体要求
W	yearReviewHeadings	6	30	22	工作回顾
W	yearReviewHeadings	6	30	28	年工作回顾
W	yearReviewHeadings	6	30	35	以来工作回顾
G	metricSynonyms	5	122	5	6	国内生产总值增长	地区生产总值增长	生产总值增长	经济增长	经济增速	GDP增长
G	metricSynonyms	5	123	5	4	国内生产总值	地区生产总值	生产总值	GDP
G	metricSynonyms	5	124	5	5	居民消费价格涨幅	居民消费价格	物价涨幅	CPI涨幅	CPI
G	metricSynonyms	5	125	5	2	城镇调查失业率	调查失业率
G	metricSynonyms	5	126	5	2	城镇新增就业	新增城镇就业
G	metricSynonyms	5	127	5	4	单位国内生产总值能耗	单位地区生产总值能耗	单位GDP能耗	能耗强度
G	metricSynonyms	5	128	5	6	进出口	外贸进出口	货物进出口	进出口总额	进出口总值	货物进出口总额
G	metricSynonyms	5	129	5	2	粮食产量	粮食总产量
G	metricSynonyms	5	130	5	2	社会消费品零售总额	社零额
G	metricSynonyms	5	131	5	5	居民人均可支配收入	城乡居民人均可支配收入	全体居民人均可支配收入	居民可支配收入	居民收入
X	checkPercentBand	3	5	19	s	0.5
X	checkQuantityShare	3	6	21	s	0.05
X	withinCountsReportYear	1	6	25	b	1

"""#

  /// `RuleSet.fingerprint(of:base:)` of the embedded rule files.
  static let fingerprint = "69a2453c190ae54f1545f81db12bc5df406920ff4645fac9610d37bd6944b27d"
}
