using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Parsing;

/// <summary>
/// The open containers of one report while <see cref="TreeBuilder"/> walks its lines: the current
/// section (or closing, notes, annex) and an explicit stack of open numbered items. A marker's
/// level is relative to its container: a style already open on the stack closes back to that
/// level (a sibling); a style not open starts a deeper level. The stack is never deeper than the
/// number of marker styles, whatever the input.
/// </summary>
internal sealed class ReportState
{
    private readonly GreenListBuilder _preambleBody;
    private readonly GreenListBuilder _sections = new();
    private readonly GreenListBuilder _annexes = new();
    private readonly List<ItemFrame> _items = [];
    private SyntaxKind _sectionKind;
    private GreenNode? _sectionHeading;
    private GreenListBuilder? _sectionBody;
    private GreenListBuilder? _closing;
    private GreenToken? _notesHeading;
    private GreenListBuilder? _notesBody;
    private GreenNode? _notes;
    private GreenToken? _annexHeading;
    private GreenListBuilder? _annexBody;
    private GreenListBuilder? _container;

    public ReportState(GreenListBuilder preambleBody, IReadOnlySet<int> knownLabels)
    {
        _preambleBody = preambleBody;
        KnownLabels = knownLabels;
        _container = preambleBody;
    }

    /// <summary>The numbers of the note definitions of this report.</summary>
    public IReadOnlySet<int> KnownLabels { get; }

    public void OpenSection(SyntaxKind kind, GreenNode heading)
    {
        CloseAll();
        _sectionKind = kind;
        _sectionHeading = heading;
        _sectionBody = new GreenListBuilder();
        _container = _sectionBody;
    }

    /// <summary>True once any block has been added (the preamble's fixed slots are then closed).</summary>
    public bool HasBlocks { get; private set; }

    /// <summary>Adds a block to the innermost open item or container.</summary>
    public void AddBlock(GreenNode block)
    {
        HasBlocks = true;
        if (_items.Count > 0)
        {
            _items[^1].Body.Add(block);
        }
        else
        {
            (_container ?? _preambleBody).Add(block);
        }
    }

    /// <summary>Opens an item; returns the number expected at its level and the number before it.</summary>
    public (int Expected, int Previous) OpenItem(NumberingStyle style, int number, GreenToken marker, GreenNode? title)
    {
        // Ordinal clauses (一是…), dash leads (——…) and bracket leads (【稳增长】…) are paragraphs that count: a list of
        // another style after them is their sibling, not their child.
        while (_items.Count > 0 && NumberingStyles.IsCountedParagraph(_items[^1].Style) && style != _items[^1].Style)
        {
            CloseTopItem();
        }

        int previous = 0;
        for (int i = _items.Count - 1; i >= 0; i--)
        {
            if (_items[i].Style == style)
            {
                previous = _items[i].Number;
                while (_items.Count > i)
                {
                    CloseTopItem();
                }

                break;
            }
        }

        _items.Add(new ItemFrame(style, number, marker, title));
        return (previous + 1, previous);
    }

    /// <summary>Closes up to <paramref name="count"/> open items, innermost first: a paragraph that ends their lists belongs that many levels out.</summary>
    public void CloseInnermostItems(int count)
    {
        for (; count > 0 && _items.Count > 0; count--)
        {
            CloseTopItem();
        }
    }

    public void CloseItems()
    {
        while (_items.Count > 0)
        {
            CloseTopItem();
        }
    }

    public void OpenClosing()
    {
        if (_closing is not null && _container == _closing)
        {
            return;
        }

        CloseAll();
        _closing ??= new GreenListBuilder();
        _container = _closing;
    }

    public void OpenNotes(GreenToken heading)
    {
        CloseAll();
        if (_notes is not null || _annexes.Count > 0)
        {
            // Notes after an annex (附件2 名词解释) stay an annex, so the tree keeps text order.
            OpenAnnex(heading);
            return;
        }

        _notesHeading = heading;
        _notesBody = new GreenListBuilder();
        _container = _notesBody;
    }

    public void OpenAnnex(GreenToken heading)
    {
        CloseAll();
        _annexHeading = heading;
        _annexBody = new GreenListBuilder();
        _container = _annexBody;
    }

    public GreenNode Finish(GreenNode preamble)
    {
        CloseAll();
        GreenNode? closing = _closing is null ? null : new ClosingGreen(_closing.ToList());
        return new ReportGreen(preamble, _sections.ToList(), closing, _notes, _annexes.ToList());
    }

    private void CloseAll()
    {
        CloseItems();
        if (_sectionHeading is not null)
        {
            _sections.Add(CreateSection(_sectionKind, _sectionHeading, _sectionBody?.ToList()));
            _sectionHeading = null;
            _sectionBody = null;
        }

        if (_notesHeading is not null)
        {
            _notes = new NotesGreen(_notesHeading, _notesBody?.ToList());
            _notesHeading = null;
            _notesBody = null;
        }

        if (_annexHeading is not null)
        {
            _annexes.Add(new AnnexGreen(_annexHeading, _annexBody?.ToList()));
            _annexHeading = null;
            _annexBody = null;
        }

        _container = _closing ?? _preambleBody;
        if (_closing is null && _sections.Count > 0)
        {
            _container = null;
        }
    }

    private void CloseTopItem()
    {
        var frame = _items[^1];
        _items.RemoveAt(_items.Count - 1);
        var item = new NumberedItemGreen(frame.Marker, frame.Title, frame.Body.ToList());
        AddBlock(item);
    }

    private static GreenNode CreateSection(SyntaxKind kind, GreenNode heading, GreenNode? body) => kind switch
    {
        SyntaxKind.ReviewSection => new ReviewSectionGreen(heading, body),
        SyntaxKind.PlanSection => new PlanSectionGreen(heading, body),
        SyntaxKind.SelfBuildingSection => new SelfBuildingSectionGreen(heading, body),
        _ => new OtherSectionGreen(heading, body),
    };

    private sealed record ItemFrame(NumberingStyle Style, int Number, GreenToken Marker, GreenNode? Title)
    {
        public GreenListBuilder Body { get; } = new();
    }
}
