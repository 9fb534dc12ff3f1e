namespace Pipeline.Text;

/// <summary>
/// Bad input: the message says in one line what is wrong, without the path (the caller adds it).
/// </summary>
public sealed class SourceReadException : Exception
{
    public SourceReadException()
    {
    }

    public SourceReadException(string message)
        : base(message)
    {
    }

    public SourceReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
