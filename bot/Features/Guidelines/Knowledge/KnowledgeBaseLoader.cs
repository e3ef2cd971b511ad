using System.Text.RegularExpressions;
using VastbusBot.Conversation.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace VastbusBot.Features.Guidelines.Knowledge;

/// <summary>The knowledge base files are wrong; every problem names its file and field.</summary>
public sealed class KnowledgeBaseException(IReadOnlyList<string> errors)
    : Exception("The guideline knowledge base has errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  - " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Reads and validates the knowledge base folder: one <c>&lt;id&gt;.yaml</c> per entry, plus
/// <c>_parties.yaml</c> and <c>_sources.yaml</c>. Experts edit these files; nothing here needs C# changes.
/// </summary>
public static partial class KnowledgeBaseLoader
{
    public const string PartiesFile = "_parties.yaml";
    public const string SourcesFile = "_sources.yaml";

    /// <summary>Optional: groups of words users type for the same thing (abbreviations, everyday words).</summary>
    public const string SynonymsFile = "_synonyms.yaml";

    /// <summary>Optional: topics outside the guidelines that people ask about, with where to turn instead.</summary>
    public const string OutsideFile = "_outside.yaml";

    /// <summary>Optional: words that name a place or group rather than a topic (municipalities, areas).</summary>
    public const string ContextWordsFile = "_context-words.yaml";

    /// <summary>The longest short answer we accept; the short answer must fit on a phone screen.</summary>
    public const int MaxAnswerLength = 700;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static KnowledgeBase Load(string directory)
    {
        var errors = new List<string>();
        if (!Directory.Exists(directory))
        {
            throw new KnowledgeBaseException([$"The knowledge base folder '{directory}' does not exist."]);
        }

        var parties = LoadList<PartyItem>(Path.Combine(directory, PartiesFile), "parties", errors)
            .Select((p, i) => ToParty(p, $"{PartiesFile}: parties[{i}]", errors))
            .OfType<Party>()
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sources = LoadList<SourceItem>(Path.Combine(directory, SourcesFile), "sources", errors)
            .Select((s, i) => ToSource(s, $"{SourcesFile}: sources[{i}]", errors))
            .OfType<Source>()
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var synonyms = LoadSynonyms(Path.Combine(directory, SynonymsFile), errors);
        var outside = LoadOutside(Path.Combine(directory, OutsideFile), errors);
        var contextWords = LoadContextWords(Path.Combine(directory, ContextWordsFile), errors);

        var entries = new List<KnowledgeEntry>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (fileName.StartsWith('_'))
            {
                continue;
            }

            var file = Parse<EntryFile>(path, errors);
            if (file is not null && ToEntry(file, fileName, parties, sources, errors) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (entries.Count == 0 && errors.Count == 0)
        {
            errors.Add($"The knowledge base folder '{directory}' holds no entries.");
        }

        var ids = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var related in entry.Related.Where(r => !ids.Contains(r) || r == entry.Id))
            {
                errors.Add($"{entry.FileName}: related: '{related}' is not another entry's id.");
            }
        }

        if (errors.Count > 0)
        {
            throw new KnowledgeBaseException(errors);
        }

        return new KnowledgeBase(entries, parties, sources, synonyms, outside, contextWords);
    }

    private static List<OutsideTopic> LoadOutside(string path, List<string> errors)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var topics = new List<OutsideTopic>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, i) in LoadList<OutsideItem>(path, "outside", errors).Select((t, i) => (t, i)))
        {
            var before = errors.Count;
            var where = $"{OutsideFile}: outside[{i}]";
            void Error(string field, string message) => errors.Add($"{where}.{field}: {message}");
            if (item is null)
            {
                errors.Add($"{where}: is empty.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Id) || !IdPattern().IsMatch(item.Id))
            {
                Error("id", "is required: lowercase letters, digits and hyphens.");
            }
            else if (!ids.Add(item.Id))
            {
                Error("id", $"'{item.Id}' is used twice.");
            }

            var referral = Required(item.Referral, "referral", Error);
            var questions = Lists(item.Questions, "questions", Error, required: true);
            var keywords = Lists(item.Keywords, "keywords", Error, required: false);
            var cues = Lists(item.Cues, "cues", Error, required: false);
            if (errors.Count == before && referral is not null)
            {
                topics.Add(new OutsideTopic(item.Id!, referral, questions, keywords) { Cues = cues });
            }
        }

        return topics;
    }

    private static List<string> LoadContextWords(string path, List<string> errors) =>
        File.Exists(path)
            ? [.. LoadList<string>(path, "context_words", errors).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]
            : [];

    private static List<IReadOnlyList<string>> LoadSynonyms(string path, List<string> errors)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var groups = new List<IReadOnlyList<string>>();
        foreach (var (group, i) in LoadList<List<string>>(path, "synonyms", errors).Select((g, i) => (g, i)))
        {
            var words = (group ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (words.Count < 2)
            {
                errors.Add($"{SynonymsFile}: synonyms[{i}]: a group needs at least two different words or phrases.");
                continue;
            }

            groups.Add(words);
        }

        return groups;
    }

    private static KnowledgeEntry? ToEntry(EntryFile f, string fileName, IReadOnlyDictionary<string, Party> parties, IReadOnlyDictionary<string, Source> sources, List<string> errors)
    {
        var before = errors.Count;
        void Error(string field, string message) => errors.Add($"{fileName}: {field}: {message}");

        var expectedId = Path.GetFileNameWithoutExtension(fileName);
        if (string.IsNullOrWhiteSpace(f.Id))
        {
            Error("id", "is required.");
        }
        else if (f.Id != expectedId)
        {
            Error("id", $"'{f.Id}' must equal the file name '{expectedId}'.");
        }
        else if (!IdPattern().IsMatch(f.Id))
        {
            Error("id", "must be lowercase letters, digits and hyphens.");
        }

        if (string.IsNullOrWhiteSpace(f.Topic))
        {
            Error("topic", "is required.");
        }

        var title = Required(f.Title, "title", Error);
        var answer = Required(f.Answer, "answer", Error);
        if (answer is not null && (answer.Sv.Length > MaxAnswerLength || answer.En.Length > MaxAnswerLength))
        {
            Error("answer", $"must be a short answer of at most {MaxAnswerLength} characters per language; put the rest in details.");
        }

        var details = f.Details is null ? null : Required(f.Details, "details", Error);
        var document = Required(f.Document, "document", Error);
        Applicability? applies = f.Applies?.Trim().ToLowerInvariant() switch
        {
            "current" => Applicability.Current,
            "historical" => Applicability.Historical,
            "both" => Applicability.Both,
            _ => null,
        };
        if (applies is null)
        {
            Error("applies", "must be current, historical or both.");
        }

        var responsible = new List<ResponsibleParty>();
        foreach (var (item, i) in (f.Responsible ?? []).Select((r, i) => (r, i)))
        {
            if (item.Party is null || !parties.TryGetValue(item.Party, out var party))
            {
                Error($"responsible[{i}].party", $"'{item.Party}' is not an id in {PartiesFile}.");
                continue;
            }

            if (Required(item.Role, $"responsible[{i}].role", Error) is { } role)
            {
                responsible.Add(new ResponsibleParty(party, role));
            }
        }

        var legal = new List<LegalReference>();
        foreach (var (item, i) in (f.LegalBasis ?? []).Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(item.Ref))
            {
                Error($"legal_basis[{i}].ref", "is required.");
                continue;
            }

            legal.Add(new LegalReference(item.Ref.Trim(), item.Note is null ? null : Required(item.Note, $"legal_basis[{i}].note", Error)));
        }

        var citations = new List<SourceCitation>();
        foreach (var (item, i) in (f.Sources ?? []).Select((r, i) => (r, i)))
        {
            if (item.Id is null || !sources.TryGetValue(item.Id, out var source))
            {
                Error($"sources[{i}].id", $"'{item.Id}' is not an id in {SourcesFile}.");
                continue;
            }

            citations.Add(new SourceCitation(source, item.Section));
        }

        if (f.Sources is null || f.Sources.Count == 0)
        {
            Error("sources", "at least one source is required: every answer names where it comes from.");
        }

        var questions = Lists(f.Questions, "questions", Error, required: true);
        var keywords = Lists(f.Keywords, "keywords", Error, required: false);

        if (errors.Count > before)
        {
            return null;
        }

        return new KnowledgeEntry
        {
            Id = f.Id!,
            Topic = f.Topic!.Trim(),
            Title = title!,
            Answer = answer!,
            Details = details,
            Responsible = responsible,
            LegalBasis = legal,
            Applies = applies!.Value,
            Document = document!,
            Sources = citations,
            Questions = questions,
            Keywords = keywords,
            Related = f.Related ?? [],
            FileName = fileName,
        };
    }

    private static LocalizedText? Required(TextPair? pair, string field, Action<string, string> error)
    {
        if (pair is null)
        {
            error(field, "is required (with sv and en).");
            return null;
        }

        if (string.IsNullOrWhiteSpace(pair.Sv))
        {
            error(field + ".sv", "is required.");
        }

        if (string.IsNullOrWhiteSpace(pair.En))
        {
            error(field + ".en", "is required.");
        }

        return string.IsNullOrWhiteSpace(pair.Sv) || string.IsNullOrWhiteSpace(pair.En) ? null : new LocalizedText(pair.Sv.Trim(), pair.En.Trim());
    }

    private static Dictionary<UiLanguage, IReadOnlyList<string>> Lists(ListPair? pair, string field, Action<string, string> error, bool required)
    {
        var sv = (pair?.Sv ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        var en = (pair?.En ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (required && sv.Count == 0)
        {
            error(field + ".sv", "needs at least one example.");
        }

        if (required && en.Count == 0)
        {
            error(field + ".en", "needs at least one example.");
        }

        return new Dictionary<UiLanguage, IReadOnlyList<string>> { [UiLanguage.Swedish] = sv, [UiLanguage.English] = en };
    }

    private static Party? ToParty(PartyItem p, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(p.Id))
        {
            errors.Add($"{where}.id: is required.");
            return null;
        }

        var name = Required(p.Name, "name", (field, message) => errors.Add($"{where}.{field}: {message}"));
        var description = p.Description is null ? null : Required(p.Description, "description", (field, message) => errors.Add($"{where}.{field}: {message}"));
        return name is null ? null : new Party(p.Id.Trim(), name, description);
    }

    private static Source? ToSource(SourceItem s, string where, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(s.Id) || string.IsNullOrWhiteSpace(s.Title))
        {
            errors.Add($"{where}: id and title are required.");
            return null;
        }

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(s.Url) && (!Uri.TryCreate(s.Url, UriKind.Absolute, out url) || url.Scheme is not ("https" or "http")))
        {
            errors.Add($"{where}.url: '{s.Url}' is not an absolute http(s) address.");
            return null;
        }

        return new Source(s.Id.Trim(), s.Title.Trim(), url, s.Publisher, s.Note);
    }

    /// <summary>Reads a list file written either as a bare list or as <c>key: [ ... ]</c>.</summary>
    private static List<T> LoadList<T>(string path, string key, List<string> errors)
    {
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            errors.Add($"{fileName}: the file is missing.");
            return [];
        }

        var text = File.ReadAllText(path);
        try
        {
            // Written either as "key:" with a list, or as a bare list.
            if (!KeyedList(key).IsMatch(text))
            {
                return Yaml.Deserialize<List<T>>(text) ?? [];
            }

            var keyed = Yaml.Deserialize<Dictionary<string, List<T>>>(text);
            if (keyed is not null && keyed.TryGetValue(key, out var list))
            {
                return list;
            }

            errors.Add($"{fileName}: expected a list, or '{key}:' with a list.");
        }
        catch (YamlException ex)
        {
            errors.Add($"{fileName}: line {ex.Start.Line}: {Inner(ex).Message}");
        }

        return [];
    }

    private static T? Parse<T>(string path, List<string> errors)
        where T : class
    {
        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            errors.Add($"{Path.GetFileName(path)}: line {ex.Start.Line}: {Inner(ex).Message}");
            return null;
        }
    }

    private static Exception Inner(Exception ex) => ex.InnerException is { } inner ? Inner(inner) : ex;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private static Regex KeyedList(string key) => new("^" + Regex.Escape(key) + @"\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);
}
