namespace Pipeline.Extraction;

/// <summary>How a stated value bounds the real one; kept for display and for tolerance.</summary>
public enum Qualifier
{
    /// <summary>As stated: 110 USD/kg.</summary>
    Exact,

    /// <summary>约/約/about/roughly: the value, give or take.</summary>
    Approximate,

    /// <summary>以上/超过/超/多/more than/over: a lower bound; High is open.</summary>
    AtLeast,

    /// <summary>不到/不足/less than/under: an upper bound; Low is open.</summary>
    AtMost,

    /// <summary>An explicit range: 40%-50%, 15-20年.</summary>
    Range,

    /// <summary>近/接近/将近/nearly/almost/close to: just under the value; High is the value, Low open.</summary>
    Nearly,
}
