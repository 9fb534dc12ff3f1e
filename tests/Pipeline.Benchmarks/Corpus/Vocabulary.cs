namespace Pipeline.Benchmarks.Corpus;

/// <summary>
/// Names, metals and words the generator mixes into articles, and the search benchmark draws its
/// queries from: whatever is written here can be found.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] SimplifiedEntities =
        ["MP Materials", "莱纳斯", "北方稀土", "中国稀土集团", "盛和资源", "厦门钨业", "五矿稀土", "金力永磁", "宁波韵升", "商务部", "海关总署", "美国国防部"];

    public static readonly string[] TraditionalEntities =
        ["MP Materials", "萊納斯", "北方稀土", "中國稀土集團", "盛和資源", "廈門鎢業", "五礦稀土", "金力永磁", "商務部", "海關總署", "美國國防部"];

    public static readonly string[] EnglishEntities =
        ["MP Materials", "Lynas", "Iluka", "Solvay", "Neo Performance Materials", "Arafura", "Energy Fuels", "USA Rare Earth", "Noveon Magnetics", "Vacuumschmelze", "MOFCOM", "the Pentagon"];

    public static readonly string[] SimplifiedMetals = ["钕", "镨", "镝", "铽", "钐", "镧", "铈", "钇", "氧化镨钕"];

    public static readonly string[] TraditionalMetals = ["釹", "鐠", "鏑", "鋱", "釤", "鑭", "鈰", "釔", "氧化鐠釹"];

    public static readonly string[] EnglishMetals = ["neodymium", "praseodymium", "dysprosium", "terbium", "samarium", "lanthanum", "cerium", "yttrium", "NdPr oxide"];

    public static readonly string[] SimplifiedTopics = ["稀土出口管制", "稀土供应链", "永磁产业", "稀土精炼", "关键矿产", "稀土价格"];

    public static readonly string[] TraditionalTopics = ["稀土出口管制", "稀土供應鏈", "永磁產業", "稀土精煉", "關鍵礦產", "稀土價格"];

    public static readonly string[] EnglishTopics = ["export controls", "rare-earth supply chain", "magnet industry", "refining capacity", "critical minerals", "price floor"];

    public static readonly string[] ChineseQueryWords =
        ["稀土", "釹", "钕", "出口管制", "商务部", "商務部", "精炼", "精煉", "永磁", "镝", "鋱", "关税", "價格", "供应链", "美国", "中國", "许可证", "海关", "储量", "磁铁"];

    public static readonly string[] EnglishQueryWords =
        ["refining", "magnets", "dysprosium", "terbium", "Lynas", "tariff", "Pentagon", "reserves", "licence", "export", "neodymium", "Solvay", "processing", "tonnes"];

    public static readonly string[] Phrases =
        ["\"price floor\"", "\"MP Materials\"", "\"export controls\"", "\"rare earth\"", "\"出口管制\"", "\"稀土精炼\"", "\"稀土精煉\"", "\"Energy Fuels\"", "\"heavy rare earths\"", "\"永磁体\""];

    public static readonly string[] BooleanQueries =
        ["refining OR 精炼", "稀土 NOT 美国", "dysprosium OR terbium", "\"MP Materials\" NOT Apple", "镝 OR 鋱", "Lynas OR Iluka", "出口管制 NOT 关税", "magnets AND NOT China"];
}
