using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Guidelines.Knowledge;
using VastbusBot.Features.Guidelines.Retrieval;

namespace VastbusBot.Tests.Guidelines;

/// <summary>Loading, validation, reloading without a restart, and searching from many threads at once.</summary>
public sealed class GuidelineKnowledgeTests : IDisposable
{
    private readonly TestKnowledgeFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Constructor_InvalidFolder_ThrowsWithFileAndField()
    {
        _folder.Write(TestKnowledgeFolder.Consent + ".yaml", "id: consent\ntopic: test\n");

        var error = Assert.Throws<KnowledgeBaseException>(() => new GuidelineKnowledge(_folder.Path));

        Assert.Contains(error.Errors, e => e.StartsWith("consent.yaml: title", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("consent.yaml: answer", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_ValidChange_SwitchesToTheNewVersion()
    {
        var knowledge = new GuidelineKnowledge(_folder.Path);
        var before = knowledge.KnowledgeBase;
        Assert.Equal(SearchOutcome.NotFound, knowledge.Search("skolskjuts?", UiLanguage.Swedish).Outcome);

        _folder.WriteEntry(
            "school-transport", "Skolskjuts för placerade elever", "School transport for placed pupils",
            "Skolskjuts ordnas av vistelsekommunen.", "School transport is arranged by the municipality where the child lives.",
            ["vad gäller för skolskjuts"], ["school transport rules"], ["skolskjuts"], ["school transport"]);
        var result = knowledge.Reload();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.Equal(before.Entries.Count + 1, result.EntryCount);
        Assert.NotSame(before, knowledge.KnowledgeBase);
        Assert.Equal("school-transport", knowledge.Search("skolskjuts?", UiLanguage.Swedish).Best?.Id);
    }

    [Theory]
    [InlineData("id: consent\ntopic: test\ntitle: { sv: \"Samtycke\" }\n", "consent.yaml: title.en")]
    [InlineData("id: consent\ntitle: [unclosed\n", "consent.yaml: line")]
    [InlineData("id: other-id\n", "consent.yaml: id")]
    public void Reload_InvalidEntry_KeepsTheOldIndexAndNamesTheFileAndField(string brokenYaml, string expectedError)
    {
        var knowledge = new GuidelineKnowledge(_folder.Path);
        var before = knowledge.KnowledgeBase;

        _folder.Write(TestKnowledgeFolder.Consent + ".yaml", brokenYaml);
        var result = knowledge.Reload();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
        Assert.Equal(before.Entries.Count, result.EntryCount);
        Assert.Same(before, knowledge.KnowledgeBase);
        var search = knowledge.Search("behövs samtycke från vårdnadshavare", UiLanguage.Swedish);
        Assert.Equal(TestKnowledgeFolder.Consent, search.Best?.Id);
    }

    [Fact]
    public void Reload_InvalidSynonymGroup_IsRejected()
    {
        var knowledge = new GuidelineKnowledge(_folder.Path);

        _folder.Write(KnowledgeBaseLoader.SynonymsFile, "synonyms:\n  - [BUP]\n");
        var result = knowledge.Reload();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith("_synonyms.yaml: synonyms[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_WhileReloading_AlwaysAnswersFromAWholeVersion()
    {
        var knowledge = new GuidelineKnowledge(_folder.Path);
        string[] questions =
        [
            "behövs samtycke från vårdnadshavare", "vem betalar placeringen", "vad är en placeringskommun",
            "must bup attend the meeting", "inom hur lång tid ska mötet hållas", "vad gör elevhälsan",
        ];
        var expected = questions.Select(q => knowledge.Search(q, UiLanguage.Swedish).Best?.Id).ToArray();
        Assert.All(expected, Assert.NotNull);

        using var stop = new CancellationTokenSource();
        var reloads = 0;
        var reloader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Assert.True(knowledge.Reload().Succeeded);
                reloads++;
            }
        });

        var mismatches = 0;
        await Parallel.ForAsync(0, 3000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, (i, _) =>
        {
            var q = i % questions.Length;
            if (knowledge.Search(questions[q], UiLanguage.Swedish).Best?.Id != expected[q])
            {
                Interlocked.Increment(ref mismatches);
            }

            return ValueTask.CompletedTask;
        });
        await stop.CancelAsync();
        await reloader;

        Assert.Equal(0, mismatches);
        Assert.True(reloads > 0);
    }

    [Fact]
    public void AddGuidelineSearch_RegistersOneSharedInstance_FromTheGuidelinesSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Guidelines:KnowledgePath"] = _folder.Path,
                ["Guidelines:AnswerThreshold"] = "0.6",
            })
            .Build();
        using var provider = new ServiceCollection().AddLogging().AddGuidelineSearch(configuration).BuildServiceProvider();

        var knowledge = provider.GetRequiredService<GuidelineKnowledge>();

        Assert.Same(knowledge, provider.GetRequiredService<IGuidelineSearch>());
        Assert.Equal(_folder.Path, knowledge.Directory);
        Assert.Equal(TestKnowledgeFolder.Consent, knowledge.Search("behövs samtycke", UiLanguage.Swedish).Best?.Id);
    }

    [Fact]
    public void GuidelineOptions_RelativePath_IsResolvedAgainstTheAppFolder()
    {
        var options = new GuidelineOptions();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Knowledge"), options.ResolveKnowledgePath());
    }
}
