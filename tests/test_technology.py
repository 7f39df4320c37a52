"""Technologies: given a sentence of IT or digital-government news, the vocabulary's concepts
come out, linked to the right SKOS concept and its broader one, and ordinary words do not."""

from __future__ import annotations

import pytest

from kg.ingest import make_document


def technologies(pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    """Surface form of each technology mention -> (entity key, key of its broader concept)."""
    result = pipeline.process(make_document("t.txt", text, path="t.txt"))
    found = {}
    for linked in result.mentions:
        assert text[linked.mention.start : linked.mention.end] == linked.mention.text
        entity = result.entities[linked.entity_key]
        if entity.type == "Technology":
            found[linked.mention.text] = (entity.key, entity.parent)
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "各地正加快部署边缘计算和雾计算节点，推动业务向云原生和微服务改造。",
            {
                "边缘计算": ("tech-edge-computing", "tech-cloud-computing"),
                "雾计算": ("tech-fog-computing", "tech-cloud-computing"),
                "云原生": ("tech-cloud-native", "tech-cloud-computing"),
                "微服务": ("tech-microservices", "tech-cloud-native"),
            },
        ),
        (
            "研究团队利用深度学习和知识图谱改进大语言模型，并将隐私计算用于数据共享。",
            {
                "深度学习": ("tech-deep-learning", "tech-machine-learning"),
                "知识图谱": ("tech-knowledge-graph", "tech-artificial-intelligence"),
                "大语言模型": ("tech-large-language-model", "tech-artificial-intelligence"),
                "隐私计算": ("tech-privacy-computing", "tech-data-security"),
                "数据共享": ("tech-data-sharing", "tech-big-data"),
            },
        ),
        (
            "通信企业加快建设6G试验网、卫星互联网和千兆光网，推进IPv6规模部署。",
            {
                "6G": ("tech-6g", "tech-mobile-communication"),
                "卫星互联网": ("tech-satellite-internet", "tech-satellite-communication"),
                "千兆光网": ("tech-gigabit-optical-network", "tech-broadband"),
                "IPv6": ("tech-ipv6", "tech-next-generation-internet"),
            },
        ),
        (
            "单位应落实网络安全等级保护要求，部署零信任和入侵检测，防范勒索病毒和网络钓鱼。",
            {
                "网络安全等级保护": ("tech-classified-protection", "tech-cybersecurity"),
                "零信任": ("tech-zero-trust", "tech-cybersecurity"),
                "入侵检测": ("tech-intrusion-detection", "tech-cybersecurity"),
                "勒索病毒": ("tech-ransomware", "tech-cybersecurity"),
                "网络钓鱼": ("tech-phishing", "tech-cyberattack"),
            },
        ),
        (
            "该市建设城市大脑，实现一网统管，并推进一网通办和互联网+政务服务。",
            {
                "城市大脑": ("tech-city-brain", "tech-smart-city"),
                "一网统管": ("tech-one-network-management", "tech-smart-city"),
                "一网通办": ("tech-one-network-service", "tech-e-government"),
                "互联网+政务服务": ("tech-internet-plus-government-services", "tech-e-government"),
            },
        ),
        (
            "群众可通过政务App申领电子营业执照和电子社保卡，还可使用数字人民币缴费。",
            {
                "政务App": ("tech-government-app", "tech-e-government"),
                "电子营业执照": ("tech-electronic-business-license", "tech-electronic-license"),
                "电子社保卡": ("tech-electronic-social-security-card", "tech-electronic-license"),
                "数字人民币": ("tech-e-cny", "tech-digital-currency"),
            },
        ),
        (
            "鸿蒙操作系统和麒麟操作系统用于信创改造，北斗提供卫星导航服务。",
            {
                "鸿蒙操作系统": ("tech-harmonyos", "tech-operating-system"),
                "麒麟操作系统": ("tech-kylin-os", "tech-operating-system"),
                "信创": ("tech-xinchuang", "tech-information-technology"),
                "北斗": ("tech-beidou", "tech-satellite-navigation"),
                "卫星导航": ("tech-satellite-navigation", "tech-information-technology"),
            },
        ),
        (
            # Cloud and platform terms of government IT procurement, and post-quantum cryptography.
            "政务云采用超融合架构，通过容器编排和服务网格部署，依托数据中台和统一的内容管理系统（CMS），"
            "并试点后量子密码和LoRa、NFV技术。",
            {
                "超融合架构": ("tech-hyper-converged-infrastructure", "tech-virtualization"),
                "容器编排": ("tech-container-orchestration", "tech-container"),
                "服务网格": ("tech-service-mesh", "tech-microservices"),
                "数据中台": ("tech-data-middle-platform", "tech-middleware"),
                "内容管理系统": ("tech-content-management-system", "tech-software"),
                "CMS": ("tech-content-management-system", "tech-software"),
                "后量子密码": ("tech-post-quantum-cryptography", "tech-encryption"),
                "LoRa": ("tech-lora", "tech-internet-of-things"),
                "NFV": ("tech-network-function-virtualization", "tech-computer-network"),
            },
        ),
        (
            # Computing power and the centres that provide it.
            "加快5G、算力中心、智算中心和超算中心建设，提升算力水平。",
            {
                "算力中心": ("tech-computing-power-center", "tech-data-center"),
                "智算中心": ("tech-intelligent-computing-center", "tech-data-center"),
                "超算中心": ("tech-supercomputing-center", "tech-supercomputer"),
                "算力": ("tech-computing-power", "tech-information-technology"),
            },
        ),
        (
            # The data economy's terms and the low-altitude economy.
            "推进数据要素市场化配置，开展数据资产登记，规范数据出境，发展低空经济。",
            {
                "数据要素": ("tech-data-element", "tech-digital-economy"),
                "数据资产": ("tech-data-asset", "tech-big-data"),
                "数据出境": ("tech-cross-border-data-flow", "tech-data-security"),
                "低空经济": ("tech-low-altitude-economy", "tech-drone"),
            },
        ),
        (
            # Computing and data policy: 东数西算, data spaces and the operation of public data.
            "实施东数西算工程，建设可信数据空间，开展公共数据授权运营，上线政务大模型。",
            {
                "东数西算工程": ("tech-east-data-west-computing", "tech-computing-power"),
                "可信数据空间": ("tech-trusted-data-space", "tech-data-sharing"),
                "公共数据授权运营": ("tech-public-data-authorised-operation", "tech-data-element"),
                "政务大模型": ("tech-government-large-model", "tech-large-language-model"),
            },
        ),
        (
            # The large models in the news, and their makers as companies.
            "讯飞星火、豆包大模型、腾讯混元和DeepSeek-R1通过备案。",
            {
                "讯飞星火": ("tech-iflytek-spark", "tech-large-language-model"),
                "豆包大模型": ("tech-doubao", "tech-large-language-model"),
                "腾讯混元": ("tech-hunyuan", "tech-large-language-model"),
                "DeepSeek-R1": ("tech-deepseek-r1", "tech-deepseek-model"),
            },
        ),
        (
            # ... and the operators' and other makers' models, without the maker's name
            "中国电信星辰大模型、中国移动九天大模型和Llama 3发布新版本。",
            {
                "星辰大模型": ("tech-telechat", "tech-large-language-model"),
                "九天大模型": ("tech-jiutian", "tech-large-language-model"),
                "Llama 3": ("tech-llama-3", "tech-llama"),
            },
        ),
    ],
)
def test_new_terms_link_to_their_concept_and_its_broader_one(pipeline, text, expected):
    found = technologies(pipeline, text)
    for surface, concept in expected.items():
        assert found.get(surface) == concept


@pytest.mark.parametrize(
    ("text", "alias", "concept"),
    [
        ("省政府搭建数据共享交换平台。", "数据共享交换平台", "tech-government-data-sharing-platform"),
        ("这家银行推出了AI大模型客服。", "AI大模型", "tech-large-language-model"),
        ("企业通过了等保测评。", "等保", "tech-classified-protection"),
        ("该部门部署了K8s集群。", "K8s", "tech-kubernetes"),
        ("华为发布昇腾AI云服务。", "昇腾AI", "tech-ascend"),
        ("攻击者利用远程桌面协议（RDP）入侵。", "RDP", "tech-remote-desktop-protocol"),
        ("公司发布8项3D NAND闪存技术专利。", "NAND闪存", "tech-flash-memory"),
        ("开源高性能RISC-V处理器核发布。", "RISC-V", "tech-risc-v"),
        ("围绕光通信、激光、集成电路等重点领域。", "光通信", "tech-optical-communication"),
        # every province's government-service app
        ("接入河南政务服务网和“豫事办”平台。", "豫事办", "tech-yushiban"),
        ("“浙政钉”协同办公平台上线。", "浙政钉", "tech-zhezhengding"),
        ("“粤省事”“粤商通”“粤政易”等平台。", "粤政易", "tech-yuezhengyi"),
    ],
)
def test_abbreviations_and_synonyms_name_the_same_concept(pipeline, text, alias, concept):
    assert technologies(pipeline, text)[alias][0] == concept


def test_generic_words_are_not_technologies(pipeline):
    text = "他在平台上发布了信息，系统运行安全，数据、网络、技术、服务和应用都已智能化。"
    assert technologies(pipeline, text) == {}


@pytest.mark.parametrize("text", ["压力容器安全检查。", "加强数字人才培养。", "智能体育公园开放。"])
def test_new_words_do_not_cut_ordinary_compounds(pipeline, text):
    assert technologies(pipeline, text) == {}


@pytest.mark.parametrize("text", ["推进政务服务数字化转型。", "打击电信网络诈骗和网络犯罪。", "严防电信诈骗。"])
def test_activities_and_crimes_named_by_their_means_are_not_technologies(pipeline, text):
    assert technologies(pipeline, text) == {}


def test_every_concept_has_one_preferred_label_per_language():
    # SKOS allows one prefLabel per language; a second one (5G-A and 5G-Advanced, both
    # tagged English) was silently dropped when the vocabulary was read.
    from collections import Counter

    from rdflib import Graph
    from rdflib.namespace import SKOS

    from kg.resources import ontology_dir

    graph = Graph().parse(ontology_dir() / "gazetteers" / "technology.ttl")
    counts = Counter((concept, label.language) for concept, label in graph.subject_objects(SKOS.prefLabel))
    assert [key for key, count in counts.items() if count > 1] == []


def test_a_label_chinese_writes_in_latin_letters_is_found(pipeline):
    assert technologies(pipeline, "中国移动在广州启动5G-A商用网络建设。")["5G-A"][0] == "tech-5g-advanced"


def test_the_platforms_and_data_management_terms_of_digital_government_are_technologies(pipeline):
    document = make_document(
        "t.txt", "建设业务中台，推广统一身份认证，编制数据目录，加强关键信息基础设施保护。", path="t.txt"
    )
    found = {m.text for m in pipeline.extractor.extract(document) if m.type == "Technology"}
    assert {"业务中台", "统一身份认证", "数据目录", "关键信息基础设施"} <= found


def test_a_smart_hospital_is_a_technology_not_a_hospital(pipeline):
    document = make_document("t.txt", "代表介绍了智慧医院建设经验。", path="t.txt")
    assert [(m.text, m.type) for m in pipeline.extractor.extract(document)] == [("智慧医院", "Technology")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # energy and power
            "重点围绕固态电池、钠离子电池和钙钛矿太阳能电池开展攻关，建设特高压工程和虚拟电厂，"
            "发展抽水蓄能、新型储能和海上风电，推广碳捕集利用与封存（CCUS），可控核聚变取得突破。",
            {
                "固态电池": ("tech-solid-state-battery", "tech-lithium-ion-battery"),
                "钠离子电池": ("tech-sodium-ion-battery", "tech-energy-storage"),
                "钙钛矿太阳能电池": ("tech-perovskite-solar-cell", "tech-solar-cell"),
                "特高压": ("tech-uhv-transmission", "tech-energy-technology"),
                "虚拟电厂": ("tech-virtual-power-plant", "tech-smart-grid"),
                "抽水蓄能": ("tech-pumped-storage", "tech-energy-storage"),
                "新型储能": ("tech-new-type-energy-storage", "tech-energy-storage"),
                "海上风电": ("tech-offshore-wind-power", "tech-wind-power"),
                "碳捕集利用与封存": ("tech-ccus", "tech-energy-technology"),
                "CCUS": ("tech-ccus", "tech-energy-technology"),
                "可控核聚变": ("tech-nuclear-fusion", "tech-nuclear-energy"),
            },
        ),
        (
            # new-energy vehicles, biotechnology and agriculture
            "刀片电池用于插电式混合动力汽车，CAR-T细胞疗法和基因编辑进展，推进合成生物学和杂交水稻研究，推广菌草技术。",
            {
                "刀片电池": ("tech-blade-battery", "tech-lithium-iron-phosphate-battery"),
                "插电式混合动力汽车": ("tech-plug-in-hybrid", "tech-new-energy-vehicle"),
                "CAR-T细胞疗法": ("tech-car-t", "tech-cell-therapy"),
                "基因编辑": ("tech-gene-editing", "tech-genetic-engineering"),
                "合成生物学": ("tech-synthetic-biology", "tech-biotechnology"),
                "杂交水稻": ("tech-hybrid-rice", "tech-agricultural-technology"),
                "菌草技术": ("tech-juncao", "tech-agricultural-technology"),
            },
        ),
        (
            # chips, materials and aerospace
            "第三代半导体碳化硅、石墨烯和EDA软件国产化，可重复使用运载火箭试验成功，低轨卫星发展迅速。",
            {
                "第三代半导体": ("tech-third-generation-semiconductor", "tech-semiconductor"),
                "碳化硅": ("tech-silicon-carbide", "tech-third-generation-semiconductor"),
                "石墨烯": ("tech-graphene", "tech-new-materials"),
                "EDA软件": ("tech-eda", "tech-industrial-software"),
                "可重复使用运载火箭": ("tech-reusable-launch-vehicle", "tech-launch-vehicle"),
                "低轨卫星": ("tech-leo-satellite", "tech-aerospace-technology"),
            },
        ),
        (
            # memory chips, operating systems, 5G-Advanced and big science facilities
            "长鑫存储研发高带宽内存（HBM），手机运行HarmonyOS NEXT和澎湃OS，运营商试点通感一体化和RedCap，"
            "上海光源、中国散裂中子源和全超导托卡马克核聚变实验装置（东方超环）向用户开放。",
            {
                "高带宽内存": ("tech-hbm", "tech-dram"),
                "HBM": ("tech-hbm", "tech-dram"),
                "HarmonyOS NEXT": ("tech-harmonyos-next", "tech-harmonyos"),
                "澎湃OS": ("tech-hyperos", "tech-operating-system"),
                "通感一体化": ("tech-isac", "tech-5g-advanced"),
                "RedCap": ("tech-redcap", "tech-5g"),
                "上海光源": ("tech-shanghai-synchrotron-radiation-facility", "tech-research-infrastructure"),
                "中国散裂中子源": ("tech-csns", "tech-research-infrastructure"),
                "全超导托卡马克核聚变实验装置": ("tech-east-tokamak", "tech-research-infrastructure"),
                "东方超环": ("tech-east-tokamak", "tech-research-infrastructure"),
            },
        ),
    ],
)
def test_energy_vehicle_bio_materials_space_and_farm_terms_are_technologies(pipeline, text, expected):
    found = technologies(pipeline, text)
    for surface, concept in expected.items():
        assert found.get(surface) == concept


def test_a_lithography_machine_stays_whole_and_lithography_is_its_broader(pipeline):
    found = technologies(pipeline, "光刻技术取得进展，EUV光刻机仍依赖进口。")
    assert found["光刻"] == ("tech-lithography", "tech-semiconductor")
    assert found["EUV光刻机"] == ("tech-lithography-machine", "tech-lithography")


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("中国核电发布公告。", "中国核电"),
        ("中国光伏行业协会发布报告。", "中国光伏行业协会"),
        ("中国航空发动机集团有限公司发布新型号。", "中国航空发动机集团有限公司"),
        ("江苏恒神新材料股份有限公司签约。", "江苏恒神新材料股份有限公司"),
        # a big science facility's science centre (科学中心) is a body, not the facility
        ("中国散裂中子源科学中心举行仪式。", "中国散裂中子源科学中心"),
    ],
)
def test_a_body_named_after_a_technology_stays_one_organization(pipeline, text, organization):
    document = make_document("t.txt", text, path="t.txt")
    mentions = [(m.text, m.type) for m in pipeline.extractor.extract(document)]
    assert (organization, "Organization") in mentions
    assert all(t != "Technology" for _, t in mentions)
