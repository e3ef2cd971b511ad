using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Benchmarks.Guidelines;

/// <summary>
/// The guideline answer path in process and the index build, over the real knowledge base.
/// Targets: a search (the answer path) p50 and p99 under 5 ms; building the index for the whole knowledge base
/// under 1 s. <see cref="Search"/> runs every evaluation question once per operation and records each call, so
/// the per-call p50/p99 are printed at the end of its run (the table's percentiles are over iterations).
/// Run: <c>dotnet run -c Release --project tests/VastbusBot.Benchmarks -- --filter *GuidelineSearch* --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class GuidelineSearchBenchmarks
{
    private const int SearchesPerOperation = 200;

    private readonly List<double> _callMilliseconds = new(capacity: 200_000);
    private GuidelineKnowledge _knowledge = null!;
    private KnowledgeBase _knowledgeBase = null!;
    private (string Question, UiLanguage Language)[] _questions = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindUp("VastbusBot.sln") ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        var knowledgeDirectory = Path.Combine(root, "bot", "Knowledge");
        _knowledge = new GuidelineKnowledge(knowledgeDirectory);
        _knowledgeBase = KnowledgeBaseLoader.Load(knowledgeDirectory);
        var files = new[]
        {
            FindUp(Path.Combine("shared", "eval", "dev-questions.jsonl"), Path.Combine(root, "..")),
            Path.Combine(root, "tests", "VastbusBot.Tests", "Guidelines", "heldout-questions.jsonl"),
            Path.Combine(root, "tests", "VastbusBot.Tests", "Guidelines", "heldout-questions-2.jsonl"),
            Path.Combine(root, "tests", "VastbusBot.Tests", "Guidelines", "heldout-questions-3.jsonl"),
        };
        _questions = [.. files.OfType<string>().Where(File.Exists).SelectMany(File.ReadLines).Select(ToQuestion)];
        if (_questions.Length == 0)
        {
            throw new InvalidOperationException("No evaluation questions found.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_callMilliseconds.Count > 0)
        {
            _callMilliseconds.Sort();
            Console.WriteLine(
                "// Per search call over {0} calls: p50 {1:F3} ms, p99 {2:F3} ms, max {3:F3} ms",
                _callMilliseconds.Count,
                _callMilliseconds[_callMilliseconds.Count / 2],
                _callMilliseconds[(int)(_callMilliseconds.Count * 0.99)],
                _callMilliseconds[^1]);
        }
    }

    /// <summary>One operation = one search; each invocation asks the evaluation questions in turn.</summary>
    [Benchmark(OperationsPerInvoke = SearchesPerOperation)]
    public int Search()
    {
        var found = 0;
        for (var i = 0; i < SearchesPerOperation; i++)
        {
            var (question, language) = _questions[i % _questions.Length];
            var started = Stopwatch.GetTimestamp();
            if (_knowledge.Search(question, language).Outcome != SearchOutcome.NotFound)
            {
                found++;
            }

            _callMilliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return found;
    }

    /// <summary>Building the Lucene index and the search structures for the whole (already parsed) knowledge base.</summary>
    [Benchmark]
    public int BuildIndex()
    {
        return GuidelineSearchEngine.Build(_knowledgeBase, new SearchSettings()).Search("vem ansvarar vid placering", UiLanguage.Swedish).Candidates.Count;
    }

    /// <summary>What the admin reload does: read and validate every YAML file, then build the index.</summary>
    [Benchmark]
    public bool ReloadFromFiles() => _knowledge.Reload().Succeeded;

    private static (string, UiLanguage) ToQuestion(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return (root.GetProperty("question").GetString()!, root.GetProperty("lang").GetString() == "en" ? UiLanguage.English : UiLanguage.Swedish);
    }

    private static string? FindUp(string relative, string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Path.Exists(Path.Combine(dir.FullName, relative)))
            {
                return relative.EndsWith(".sln", StringComparison.Ordinal) ? dir.FullName : Path.Combine(dir.FullName, relative);
            }
        }

        return null;
    }

    /// <summary>Adds median and 95th/99th percentile columns (over iterations) to the summary.</summary>
    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column());
    }

    private sealed class P99Column : IColumn
    {
        public string Id => nameof(P99Column);

        public string ColumnName => "P99";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => "99th percentile of the iteration times";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null ? "NA" : $"{statistics.Percentiles.Percentile(99) / 1e6:F3} ms";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
