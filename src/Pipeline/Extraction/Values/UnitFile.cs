namespace Pipeline.Extraction.Values;

/// <summary>The shape of config/lexicon/units.yaml, as YamlDotNet reads it.</summary>
internal sealed class UnitFile
{
    public List<CurrencyEntry> Currencies { get; set; } = [];

    public List<UnitEntry> Mass { get; set; } = [];

    public List<UnitEntry> Length { get; set; } = [];

    public List<UnitEntry> Percent { get; set; } = [];

    public List<UnitEntry> Durations { get; set; } = [];

    public List<string> Classifiers { get; set; } = [];

    public PerEntry Per { get; set; } = new();

    public MultiplesEntry Multiples { get; set; } = new();

    internal sealed class CurrencyEntry
    {
        public string Code { get; set; } = "";

        public double Factor { get; set; } = 1;

        public string? Symbol { get; set; }

        /// <summary>The country (lexicon id) whose own writers mean this currency by a bare "$".</summary>
        public string? Home { get; set; }

        public List<string> Prefixes { get; set; } = [];

        public List<string> Suffixes { get; set; } = [];
    }

    internal sealed class UnitEntry
    {
        public string Symbol { get; set; } = "";

        public double Factor { get; set; } = 1;

        public List<string> Words { get; set; } = [];

        /// <summary>Words whose case tells units apart (MT a tonne, Mt a million): matched as written.</summary>
        public List<string> Cased { get; set; } = [];
    }

    /// <summary>Changes written as a multiple (上涨两倍, doubled, rose threefold), as changes in per cent.</summary>
    internal sealed class MultiplesEntry
    {
        public Dictionary<string, double> Changes { get; set; } = [];

        public List<string> Times { get; set; } = [];

        public Dictionary<string, double> Folds { get; set; } = [];

        public Dictionary<string, double> Compared { get; set; } = [];

        public List<string> Past { get; set; } = [];

        public List<string> Rising { get; set; } = [];
    }

    internal sealed class PerEntry
    {
        public List<string> Before { get; set; } = [];

        public List<string> Between { get; set; } = [];
    }
}
