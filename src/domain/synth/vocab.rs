//! The words synthetic cases are made of: provinces, operators, vendors, scenes per
//! sub-domain, and metric templates. Each says "synthetic" where it shows.

use super::super::model::{Direction, MetricKind, Subdomain};

pub(super) const PROVINCES: [(&str, &str, &str); 31] = [
    ("beijing", "北京", "Beijing"),
    ("tianjin", "天津", "Tianjin"),
    ("hebei", "河北", "Hebei"),
    ("shanxi", "山西", "Shanxi"),
    ("inner-mongolia", "内蒙古", "Inner Mongolia"),
    ("liaoning", "辽宁", "Liaoning"),
    ("jilin", "吉林", "Jilin"),
    ("heilongjiang", "黑龙江", "Heilongjiang"),
    ("shanghai", "上海", "Shanghai"),
    ("jiangsu", "江苏", "Jiangsu"),
    ("zhejiang", "浙江", "Zhejiang"),
    ("anhui", "安徽", "Anhui"),
    ("fujian", "福建", "Fujian"),
    ("jiangxi", "江西", "Jiangxi"),
    ("shandong", "山东", "Shandong"),
    ("henan", "河南", "Henan"),
    ("hubei", "湖北", "Hubei"),
    ("hunan", "湖南", "Hunan"),
    ("guangdong", "广东", "Guangdong"),
    ("guangxi", "广西", "Guangxi"),
    ("hainan", "海南", "Hainan"),
    ("chongqing", "重庆", "Chongqing"),
    ("sichuan", "四川", "Sichuan"),
    ("guizhou", "贵州", "Guizhou"),
    ("yunnan", "云南", "Yunnan"),
    ("tibet", "西藏", "Tibet"),
    ("shaanxi", "陕西", "Shaanxi"),
    ("gansu", "甘肃", "Gansu"),
    ("qinghai", "青海", "Qinghai"),
    ("ningxia", "宁夏", "Ningxia"),
    ("xinjiang", "新疆", "Xinjiang"),
];

pub(super) const OPERATORS: [(&str, &str, &str); 3] = [
    ("china-telecom", "中国电信", "China Telecom"),
    ("china-mobile", "中国移动", "China Mobile"),
    ("china-unicom", "中国联通", "China Unicom"),
];

pub(super) const VENDORS: [(&str, &str, &str); 8] = [
    ("huawei", "华为", "Huawei"),
    ("zte", "中兴通讯", "ZTE"),
    ("asiainfo", "亚信科技", "AsiaInfo"),
    ("inspur", "浪潮", "Inspur"),
    ("baidu", "百度", "Baidu"),
    ("alibaba-cloud", "阿里云", "Alibaba Cloud"),
    ("tencent-cloud", "腾讯云", "Tencent Cloud"),
    ("sensetime", "商汤科技", "SenseTime"),
];

pub(super) const EXTRA_TECH: [(&str, &str, &str); 4] = [
    ("federated-learning", "联邦学习", "federated learning"),
    ("digital-twin", "数字孪生", "digital twin"),
    ("edge-computing", "边缘计算", "edge computing"),
    (
        "graph-neural-network",
        "图神经网络",
        "graph neural networks",
    ),
];

/// Scenes per sub-domain: (zh, en).
pub(super) fn scenes(sub: Subdomain) -> &'static [(&'static str, &'static str)] {
    use Subdomain::*;
    match sub {
        InfraCompute => &[
            ("智算中心建设", "AI data-centre build-out"),
            ("算力调度", "compute scheduling"),
        ],
        InfraComputeNetwork => &[
            ("算网一体化", "compute-network integration"),
            ("东数西算", "east-west compute"),
        ],
        InfraPlatform => &[
            ("模型训练平台", "model-training platform"),
            ("数据集平台", "dataset platform"),
        ],
        BusinessConsumer => &[
            ("AI 手机助手", "AI phone assistant"),
            ("家庭智能服务", "smart home service"),
        ],
        BusinessEnterprise => &[
            ("行业大模型", "industry model"),
            ("政务智能助手", "government assistant"),
        ],
        NetworkPlanning => &[
            ("无线网络规划", "radio network planning"),
            ("站址选择", "site selection"),
        ],
        NetworkOperation => &[
            ("网络质量保障", "network quality assurance"),
            ("故障预测", "fault prediction"),
        ],
        NetworkMaintenance => &[
            ("基站巡检", "base-station inspection"),
            ("故障定位", "fault location"),
        ],
        MarketingSales => &[
            ("精准营销", "targeted marketing"),
            ("智能推荐", "recommendations"),
        ],
        MarketingService => &[
            ("智能客服", "customer-service agent"),
            ("投诉处理", "complaint handling"),
        ],
        MarketingInstallation => &[
            ("装维派单", "installation dispatch"),
            ("上门服务质检", "home-visit quality checks"),
        ],
        ManagementOffice => &[
            ("公文写作", "document drafting"),
            ("财务审核", "financial review"),
        ],
        ManagementOperations => &[
            ("IT 运维", "IT operations"),
            ("数据治理", "data governance"),
        ],
    }
}

/// Section id (chapter 四) of each sub-domain.
pub(super) fn section(sub: Subdomain) -> &'static str {
    use Subdomain::*;
    match sub {
        InfraCompute => "s4-1-1",
        InfraComputeNetwork => "s4-1-2",
        InfraPlatform => "s4-1-3",
        BusinessConsumer => "s4-2-1",
        BusinessEnterprise => "s4-2-2",
        NetworkPlanning => "s4-3-1",
        NetworkOperation => "s4-3-2",
        NetworkMaintenance => "s4-3-3",
        MarketingSales => "s4-4-1",
        MarketingService => "s4-4-2",
        MarketingInstallation => "s4-4-3",
        ManagementOffice => "s4-5-1",
        ManagementOperations => "s4-5-2",
    }
}

pub(super) struct MetricTemplate {
    pub(super) kind: MetricKind,
    pub(super) measure: (&'static str, &'static str),
    pub(super) unit: (&'static str, &'static str),
    pub(super) low: u32,
    pub(super) high: u32,
    pub(super) direction: Option<Direction>,
    pub(super) verb: &'static str,
}

/// One metric template on one line: kind, measure, unit, (low, high), direction, verb.
const fn template(
    kind: MetricKind,
    measure: (&'static str, &'static str),
    unit: (&'static str, &'static str),
    (low, high): (u32, u32),
    direction: Option<Direction>,
    verb: &'static str,
) -> MetricTemplate {
    MetricTemplate {
        kind,
        measure,
        unit,
        low,
        high,
        direction,
        verb,
    }
}

pub(super) const METRICS: [MetricTemplate; 14] = [
    template(
        MetricKind::Efficiency,
        ("处理效率", "processing efficiency"),
        ("%", "%"),
        (10, 80),
        Some(Direction::Up),
        "提升",
    ),
    template(
        MetricKind::Efficiency,
        ("人工操作环节", "manual steps"),
        ("%", "%"),
        (10, 60),
        Some(Direction::Down),
        "减少",
    ),
    template(
        MetricKind::Cost,
        ("运维成本", "O&M cost"),
        ("%", "%"),
        (5, 50),
        Some(Direction::Down),
        "降低",
    ),
    template(
        MetricKind::Cost,
        ("年节约成本", "annual cost saving"),
        ("万元/年", "ten thousand yuan per year"),
        (20, 3000),
        None,
        "节约",
    ),
    template(
        MetricKind::Accuracy,
        ("识别准确率", "recognition accuracy"),
        ("%", "%"),
        (80, 99),
        None,
        "达到",
    ),
    template(
        MetricKind::Time,
        ("故障定位时长", "fault-location time"),
        ("%", "%"),
        (20, 90),
        Some(Direction::Down),
        "缩短",
    ),
    template(
        MetricKind::Time,
        ("单次处理时长", "handling time per task"),
        ("分钟", "minutes"),
        (2, 120),
        None,
        "为",
    ),
    template(
        MetricKind::Scale,
        ("覆盖基站", "base stations covered"),
        ("万站", "ten thousand sites"),
        (1, 60),
        None,
        "达",
    ),
    template(
        MetricKind::Scale,
        ("服务用户", "users served"),
        ("万户", "ten thousand households"),
        (5, 5000),
        None,
        "达",
    ),
    template(
        MetricKind::Revenue,
        ("新增业务收入", "new business revenue"),
        ("亿元", "hundred million yuan"),
        (1, 80),
        Some(Direction::Up),
        "实现",
    ),
    template(
        MetricKind::Satisfaction,
        ("客户满意度", "customer satisfaction"),
        ("%", "%"),
        (85, 99),
        None,
        "达到",
    ),
    template(
        MetricKind::Share,
        ("自动处理占比", "share handled automatically"),
        ("%", "%"),
        (10, 95),
        None,
        "达到",
    ),
    template(
        MetricKind::Growth,
        ("用户规模", "user base"),
        ("%", "%"),
        (5, 120),
        Some(Direction::Up),
        "增长",
    ),
    template(
        MetricKind::Other,
        ("上线应用", "applications launched"),
        ("个", "applications"),
        (3, 300),
        None,
        "共",
    ),
];
