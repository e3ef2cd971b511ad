using System.Text;
using Microsoft.AspNetCore.Http;
using VastbusBot.Protocol.Hosting;

namespace VastbusBot.Protocol.Tests.Hosting;

public sealed class RequestBodyTests
{
    private static HttpRequest Request(byte[] body, bool declareLength, int maxChunk = int.MaxValue)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new TrickleStream(body, maxChunk);
        context.Request.ContentLength = declareLength ? body.Length : null;
        return context.Request;
    }

    [Theory]
    [InlineData(true, int.MaxValue)]
    [InlineData(true, 7)]
    [InlineData(false, int.MaxValue)]
    [InlineData(false, 7)]
    public async Task ReadBodyAsync_WithOrWithoutContentLength_ReturnsTheWholeBody(bool declareLength, int maxChunk)
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"hjälp\"}" + new string(' ', 40_000));

        var read = await BotMessageEndpoint.ReadBodyAsync(Request(body, declareLength, maxChunk), 64 * 1024, CancellationToken.None);

        Assert.Equal(body, read);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadBodyAsync_OverTheLimit_Null(bool declareLength)
    {
        var body = new byte[2049];

        Assert.Null(await BotMessageEndpoint.ReadBodyAsync(Request(body, declareLength, 512), 2048, CancellationToken.None));
        Assert.NotNull(await BotMessageEndpoint.ReadBodyAsync(Request(body[..2048], declareLength, 512), 2048, CancellationToken.None));
    }

    [Fact]
    public async Task ReadBodyAsync_ShorterThanDeclared_ReturnsWhatArrived()
    {
        var request = Request(Encoding.UTF8.GetBytes("{\"type\""), declareLength: false);
        request.ContentLength = 100;

        var read = await BotMessageEndpoint.ReadBodyAsync(request, 1024, CancellationToken.None);

        Assert.Equal("{\"type\"", Encoding.UTF8.GetString(read!));
    }

    /// <summary>A body that arrives in pieces of at most <paramref name="maxChunk"/> bytes, like a network stream.</summary>
    private sealed class TrickleStream(byte[] data, int maxChunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, maxChunk)], cancellationToken);
    }
}
