using VastbusBot.Storage;

namespace VastbusBot.Tests.Storage;

public sealed class TableKeysTests
{
    [Fact]
    public void Hash_SameInput_SameKey_DifferentInput_DifferentKey()
    {
        Assert.Equal(TableKeys.Hash("19:abc@thread.v2"), TableKeys.Hash("19:abc@thread.v2"));
        Assert.NotEqual(TableKeys.Hash("19:abc@thread.v2"), TableKeys.Hash("19:abd@thread.v2"));
        Assert.Matches("^[0-9a-f]{32}$", TableKeys.Hash("a:1/2#3?4"));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("")]
    public void Safe_ForbiddenCharacters_AreHashedAway(string value)
    {
        var key = TableKeys.Safe(value);

        Assert.DoesNotContain('/', key);
        Assert.DoesNotContain('#', key);
        Assert.DoesNotContain('?', key);
        Assert.DoesNotContain('\\', key);
        Assert.NotEmpty(key);
    }

    [Fact]
    public void Safe_AlreadySafe_IsUnchanged() =>
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", TableKeys.Safe("72f988bf-86f1-41af-91ab-2d7cd011db47"));
}
