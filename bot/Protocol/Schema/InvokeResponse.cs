namespace VastbusBot.Protocol.Schema;

/// <summary>What the bot answers to an invoke: the HTTP status and the JSON body written in the same exchange.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; } = 200;

    /// <summary>Serialized with its runtime type; null writes no body.</summary>
    public object? Body { get; set; }

    /// <summary>HTTP 200 with the given body.</summary>
    public static InvokeResponse Ok(object? body = null) => new() { Status = 200, Body = body };

    /// <summary>Any status with an optional body.</summary>
    public static InvokeResponse Create(int status, object? body = null) => new() { Status = status, Body = body };
}
