"""FINAL29 templates of the generalisation corpus kinds (eval.kinds), for the `final29` split.

Written by a helper session after the final26 and final27 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final29`). They imitate what staff and volunteers of
wedding florists, indoor climbing walls, surf schools, choral societies, letterpress printers and
bookbinders, archery clubs, cider makers and orchards, blacksmiths and forges, go-kart tracks and
sea-kayak guides paste into an LLM at work: a bridal flowers quote with a quoted header, a route
setter's vCard, a surf coach's out-of-office reply, a choir's term letter with an IBAN for
subscriptions, a wedding invitation proof with a quoted reply, a beginners' archery course letter with
capitals labels, a cider trade order confirmation, a forged gates quote, a corporate karting grand
prix confirmation, a sea-kayak crossing briefing; a wedding flower delivery docket in capitals, a
membership card mailing CSV, a wetsuit return label in JSON, a box office's postal ticket orders in
XML, a CN 22 customs declaration for a rebound bible, an archery equipment invoice to a club's PO box
with an IBAN, a cider club's shipments in SQL, a gate delivery and installation note, karting gift
vouchers in YAML, a kayak trip notification left with a shore contact; a wedding flowers phone
consultation, a route setters' Slack channel, a surf school and lifeguard beach radio log, a choir
section leaders' WhatsApp group, a print run Teams meeting's captions, an archery committee call, an
apple drop-off call with a spelled-out number, a forge customer call, a karting race control radio
log, a sea-kayak VHF log with the coastguard; a florist web shop .env, a climbing centre's Kubernetes
Secret, a swell alert script with an OpenAI key, a choir box office docker-compose with AWS keys, a
letterpress shop's GitHub Actions workflow, an archery scoring ini, a cider press telemetry TOML with
AWS keys, a plasma-table push script with an SSH private key, a kart timing JSON with an Azure key, a
kayak trip bookings Node config with a maps key; wedding booking records with an IBAN, climber
registrations and waivers, surf lesson participant forms, choir member records with a login and a
temporary password, bookbinding intake sheets, archery memberships, cider club direct debit mandates
with an IBAN, forge day course records, junior karting licence applications and sea-kayak expedition
participant records.
The German, French, Spanish and Italian ones are a Kletterhalle birthday party offer, a
Kunstschmiede railing offer, a Mosterei delivery note, a Bogenschützen club invoice with an IBAN, a
Surfschule booking call, a choir's WhatsApp group, a Buchbinderei application.yml, a Blumenwerkstatt
.env, a junior kart training registration with an IBAN and a sea-kayak weekend participant sheet; a
wedding florist's quote, a surf school's out-of-office reply, a bookbinding and letterpress workshop's
delivery note, a sea-kayak hire confirmation, a karting booking call, a climbing wall setters'
WhatsApp group, a cider house's YAML config, a forge's quote drafter with an Anthropic key, a choir
registration form and an archery club licence; a Spanish choir admission letter, wedding flowers
delivery note, kayak trip booking call, surf school .env and cider house member record with an IBAN;
an Italian karting stag party confirmation, wrought-iron gate transport document, archery club chat,
climbing gym app JSON and bookbinding commission sheet.

Checked against the earlier modules' docstrings and templates. Six of the sectors this split's brief
proposed had been used and were replaced by new ones: tattoo studios (final21: tattoo deposit
confirmations and consent records) by letterpress printers and bookbinders; ice rinks and skating
clubs (final22: ice rink reception call notes and skating course letters) by archery
clubs; hearing-aid audiologists (final18: an audiologist's signature, a fitting call, audiology case
histories) by cider makers and orchards; locksmiths (final6's locksmith quotes, final19's key systems
and emergency locksmith line) by blacksmiths and forges; model railway clubs (final24: a model railway
and miniature engineering society, an exhibition's exhibitors file) by go-kart tracks; mobile dog
groomers (final21's dog groomers and boarding kennels, which final25 took as used already) by
sea-kayak guides. New: wedding florists, indoor climbing walls, surf schools, choral societies,
letterpress and bookbinding, archery, cider making, blacksmithing, karting and sea kayaking. Near
earlier ones, and so other situations: wedding florists beside final17's wedding and event planners
(flowers, a cold room, arches and buttonholes, not venues and timings); climbing walls beside final25's
climbing arborist (bouldering, route setting, belay checks and waivers, not tree work); choral
societies beside final20's theatre chorus calls (an amateur society's terms, scores, section leaders
and subscriptions); sea kayaking beside final27's dive centres and canal-boat hire (paddling trips,
shore contacts and coastguard calls).
Ordinary text surrounds the values (amounts, sizes, weights, distances, swell heights, grades, kart
numbers, channel numbers, seat rows, bow weights, HS codes, ticket, invoice, voucher and order numbers,
serials, tracking numbers, versions, hashes, UUIDs, digests, commit ids, VAT ids, hostnames,
companies) so that over-redaction is measured as well as recall.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots. No literal
personal value is written here (no names, e-mails, phone numbers, IP addresses, street addresses,
towns or keys): every one is a slot, so that it is labelled; decoys (hashes, UUIDs, versions,
ticket, invoice, serial, tracking and VAT numbers) are slots too, so that they are labelled DECOY.
Templates never contain a literal double brace. Note that `{{name}}` and `{{name_uc}}` are two
draws (two people), so a template that needs one person twice spells it `{{first}} {{last}}`.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", """\
Subject: RE: Flowers for the 14th – bridal bouquet and arch, quote {{invoice}}

Hi {{first2}},

Lovely to meet you both at the studio. For the ceremony we'd do a loose arch in white garden roses,
sweet peas and trailing smilax, then move it behind the top table for the breakfast. The bridal bouquet
is hand-tied with peonies if they are still in season that week (if not, ranunculus), and six
buttonholes in wax flower. Flowers arrive from the auction on the Wednesday and go into the cold room
until the morning of the wedding. The 30% deposit secures the date.

Warmly,

{{first}} {{last}}
Wedding Florist
{{company}} Flowers – weddings, events, workshops
Studio {{phone}} · Mobile {{intl}}
{{email}}

From: {{first2}} {{last2}} <{{email2}}>
Sent: {{timestamp}}
To: {{email}}
Subject: Flowers for the 14th

Could you send the quote we talked about? Our venue booking ref is {{ticket}}."""),
    ("en", """\
Hi {{first2}},

Thanks for asking about a team-building session. We can close the bouldering cave for your group of
fourteen on a Thursday evening, 18:30 to 20:30, with two instructors, shoes and chalk included. Nobody
needs experience; we start with falling practice on the mats. My details are below if you want to
talk it through.

BEGIN:VCARD
VERSION:4.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Climbing Centre
TITLE:Head Route Setter & Groups Coordinator
TEL;TYPE=work:{{phone}}
TEL;TYPE=cell:{{e164}}
EMAIL:{{email}}
NOTE:Enquiry {{ticket}} · wall inspection cert {{serial}}
END:VCARD"""),
    ("en", """\
Subject: Automatic reply: Surf lessons this weekend

Thanks for your email. I'm in the water coaching until Sunday and will answer after that. Lessons go
ahead unless the swell is over two metres or the lifeguards close the beach; we text everyone by
07:00 if we cancel. Please arrive 20 minutes early to get into your wetsuit, and bring a towel, sun
cream and a bottle of water. Children under 8 need a parent on the beach.

For a change to a booking ({{ticket}}) ring the school, not my mobile.

Cheers,
{{first}} {{last}}
Head Coach
{{company}} Surf School
School {{phone}} · Beach hut {{local7}}
{{email}}"""),
    ("en", """\
Dear members,

The autumn term starts on Tuesday at 19:30 in the church hall. We begin work on a requiem in German for
the spring concert, so please collect your vocal score from the librarian at the first
rehearsal (a deposit of GBP 10 is returned when you bring it back). Sopranos and tenors, we have
sectionals on two Saturdays in October. Subscriptions for the year can be paid at rehearsal or by
transfer to the account below, with your name as the reference.

With best wishes,

{{first}} {{last}}
Membership Secretary
{{company}} Choral Society
{{phone}} · {{email}}
Subscriptions: IBAN {{iban}}"""),
    ("en", """\
Hi {{first2}},

Proof attached. The invitations will be printed from polymer plates on the platen press, black
ink with the monogram in a blind deboss, on 600 gsm cotton board, 100 copies plus RSVP cards. Please
check the spelling of every name and the date once more: after you approve we make the plates and
changes cost a new plate. Job {{ticket}}.

All the best,

{{first}} {{last}}
Printer & Bookbinder
{{company}} Press – letterpress, bookbinding, workshops
Workshop {{phone}} · {{email}}
VAT {{vat}}

On {{timestamp}}, {{first2}} {{last2}} <{{email2}}> wrote:
> We've changed the reception venue, sorry! Can the RSVP card say 7pm instead?
> Everything else on the proof looks perfect."""),
    ("en", """\
Dear {{name}},

Welcome to the beginners' course. It runs over six Sunday mornings, 09:30 to 12:00, on the field
behind the cricket pavilion (indoors in the sports hall if it rains). All equipment is provided: a
recurve bow, arm guard, finger tab and arrows. Wear flat shoes and a close-fitting top, and tie long
hair back. After the course you can join the club with a provisional membership. Course ref {{ticket}}.

Kind regards,

{{first}} {{last}}
Beginners' Course Organiser & Club Coach
{{company}} Archers
T: {{phone}}  M: {{intl}}
E: {{email}}"""),
    ("en", """\
Dear {{first2}},

Thank you for your order for the pub: 4 bag-in-box of our medium dry (20 litres each), 2 cases of the
bottle-conditioned perry and 1 case of the single-variety bittersharp. Delivery is on our Thursday
round, between 10:00 and 14:00. The boxes keep for six weeks once opened; store them cool and off the
floor. Invoice {{invoice}} follows with the delivery note {{ticket}}.

Best wishes from the orchard,

{{first}} {{last}}
Cider Maker
{{company}} Cider & Perry
Press house {{phone}} · Mobile {{e164}}
{{email}} · VAT {{vat}}"""),
    ("en", """\
Dear {{name}},

Thank you for showing us the driveway. For the pair of gates we propose forged mild steel, 1.8 m high
over a 3.6 m opening, with scrolled uprights and a riveted top rail, hot-dip galvanised and painted in
a satin black. Hanging on the existing brick piers with new collars. We would forge everything in the
workshop and fit in one day. Quote {{invoice}}, drawing {{ticket}}; allow eight weeks.

Yours sincerely,

{{first}} {{last}}
Artist Blacksmith
{{company}} Forge
Forge {{phone}} · Mobile {{intl}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Your corporate grand prix is booked: 24 drivers, 10-minute practice, qualifying, then a 30-minute
endurance race in teams of three with pit stops, podium and champagne spray at the end. Drivers must
be over 16 and wear closed shoes; we provide overalls, helmets and balaclavas. Please send the final
driver list two days ahead so we can print the timing sheets. Booking {{ticket}}, deposit invoice
{{invoice}}.

See you on the grid,

{{first}} {{last}}
Events Manager
{{company}} Karting – indoor and outdoor circuits
Desk {{ext}}
{{internal_email}}"""),
    ("en", """\
Hi all,

Final briefing for the three-day island crossing. We launch from the slipway at 08:00 on the first
morning to catch the ebb; the longest leg is 14 km with one landing. Each of you carries two days'
food in dry bags, a spare paddle is on my deck, and we camp on the beach above the tide line. If the
forecast is over force 4 we will paddle the sheltered sound instead. Trip {{ticket}}.

Paddle safe,

{{first}} {{last}}
Sea Kayak Guide (Level 4 coach)
{{company}} Sea Kayaking
Base {{phone}} · On the water (VHF ch. 16 / mobile) {{e164}}
{{email}}"""),
    ("de", """\
Betreff: Ihre Anfrage – Kindergeburtstag in der Kletterhalle

Hallo {{first2}},

vielen Dank für Ihre Anfrage. Für den Kindergeburtstag (8 Kinder ab 6 Jahren) reservieren wir Ihnen
am Samstag von 14 bis 16 Uhr den Boulderbereich mit einer Trainerin; Kletterschuhe und Kreide sind im
Preis enthalten. Bitte bringen Sie die unterschriebenen Einverständniserklärungen der Eltern mit.
Kuchen dürfen Sie im Bistro essen. Reservierung {{ticket}}, Rechnung {{invoice}}.

Viele Grüße

{{first}} {{last}}
Leitung Kurse & Gruppen
{{company}} Kletter- und Boulderhalle
Tel. {{phone}} · Mobil {{intl}}
{{email}}"""),
    ("de", """\
Sehr geehrte/r {{name}},

anbei unser Angebot für das geschmiedete Treppengeländer: Vierkantstäbe aus Schmiedeeisen, von Hand
gespitzt und verdreht, Handlauf aus Eiche, feuerverzinkt und pulverbeschichtet in Anthrazit. Das
Aufmaß nehmen wir nach Fertigstellung des Estrichs, die Montage dauert zwei Tage. Angebot
{{invoice}}, Zeichnung {{ticket}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Kunstschmiedemeister
{{company}} Kunstschmiede
Werkstatt {{phone}} · Mobil {{e164}}
{{email}} · USt-IdNr. {{vat}}"""),
    ("fr", """\
Bonjour {{first2}},

Merci pour votre visite à l'atelier. Pour la cérémonie, nous proposons deux compositions de pivoines
et de roses anciennes de part et d'autre de l'autel, un bouquet de mariée rond et douze
boutonnières. Les centres de table (quinze tables) seront en vases bas avec de l'eucalyptus. Nous
livrons et installons le samedi à 10 h et récupérons les vases le dimanche. Devis {{invoice}},
dossier {{ticket}}.

Bien à vous,

{{first}} {{last}}
Fleuriste événementiel
{{company}} Fleurs & Mariages
Atelier {{phone}} · Portable {{intl}}
{{email}}"""),
    ("fr", """\
Réponse automatique : stage de surf de la Toussaint

Bonjour, je suis à l'eau toute la semaine avec les stagiaires et je réponds le soir. Le stage
(cinq matinées de deux heures) commence lundi à 10 h au poste de secours ; combinaisons et planches
en mousse sont fournies. Merci d'apporter l'attestation de natation de votre enfant (25 m). En cas
de houle trop forte, la séance est reportée en fin de semaine. Réservation {{ticket}}.

{{first}} {{last}}
Moniteur diplômé d'État, responsable de l'école
{{company}} École de Surf
Tél. {{phone}} · Plage {{e164}}
{{email}}"""),
    ("es", """\
Estimado/a {{name}}:

Nos alegra comunicarle que ha superado la prueba de voz y que puede incorporarse a la cuerda de
contraltos del coro a partir del próximo martes. Los ensayos son los martes y jueves de 20:00 a 22:00
en la sala del conservatorio; la cuota trimestral se paga por domiciliación. Este curso preparamos un
oratorio barroco para el concierto de Navidad. Ficha de coralista {{ticket}}.

Un cordial saludo,

{{first}} {{last}}
Secretaría
{{company}} Coral Polifónica
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Gentile {{name}},

le confermiamo la prenotazione del pacchetto addio al celibato: 12 piloti, briefing di sicurezza,
prove libere di 10 minuti, qualifiche e gara da 20 minuti sul circuito esterno, con premiazione sul
podio. Casco, sottocasco e tuta sono compresi; si richiedono scarpe chiuse. Prenotazione {{ticket}},
acconto con fattura {{invoice}}.

Cordiali saluti,

{{first}} {{last}}
Responsabile eventi
{{company}} Kartodromo
Tel. {{phone}} · Cell. {{intl}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
WEDDING FLOWERS – DELIVER BEFORE 10:00 – KEEP COOL – DO NOT STACK

DELIVER TO (VENUE):
{{company_uc}} BARN
{{street_uc}}
{{townline_uc}}

ON THE DAY, ASK FOR:
{{name_uc}} (VENUE COORDINATOR) · {{phone}}

Arch (in two halves), 12 table centres, bridal bouquet, 4 bridesmaids' posies, 8 buttonholes
Van 2 · driver {{first2}} · docket {{ticket}} · order {{invoice}}"""),
    ("en", """\
member_no,name,street,town_line,country,membership,card_posted,tracking
{{account}},{{name}},{{street}},{{townline}},{{country}},adult monthly,yes,{{tracking}}
{{account2}},{{name2}},{{street2}},{{townline2}},{{country2}},off-peak,yes,{{tracking2}}
# climbing centre · replacement membership cards · batch {{ticket}} · export {{uuid}}"""),
    ("en", """\
{
  "return_label": {
    "rma": "{{ticket}}",
    "reason": "wetsuit too small (5/4 mm, chest zip)",
    "from": {
      "name": "{{name}}",
      "street": "{{street}}",
      "town_line": "{{townline}}",
      "country": "{{country}}",
      "phone": "{{phone}}"
    },
    "to": {
      "name": "{{company}} Surf School – shop returns",
      "street": "{{street2}}",
      "town_line": "{{townline2}}"
    },
    "carrier_tracking": "{{tracking}}"
  }
}"""),
    ("en", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- choral society box office: postal ticket orders for the spring concert -->
<postalOrders batch="{{ticket}}">
  <order id="{{invoice}}">
    <purchaser>{{name}}</purchaser>
    <address>
      <line>{{street}}</line>
      <line>{{townline}}</line>
      <country>{{country}}</country>
    </address>
    <tickets band="B" count="2">row F, seats 11-12</tickets>
  </order>
  <order id="{{invoice2}}">
    <purchaser>{{name2}}</purchaser>
    <address>
      <line>{{unit}}</line>
      <line>{{street2}}</line>
      <line>{{townline2}}</line>
    </address>
    <tickets band="A" count="1">row C, seat 4</tickets>
  </order>
</postalOrders>"""),
    ("en", """\
CUSTOMS DECLARATION CN 22 – Gift / Commercial sample / Documents / Other: RETURNED GOODS AFTER REPAIR

Sender: {{company}} Bindery, {{street2}}, {{townline2}}

Addressee:
{{name}}
{{street}}
{{townline}}
{{country}}

Contents: 1 family bible, rebound in full goatskin, original boards kept, 2.1 kg
Value: GBP 640 (repair only) · HS code 4901.99 · order {{invoice}} · tracking {{tracking}}"""),
    ("en", """\
INVOICE {{invoice}}

Bill to:
{{company}} Archers (club equipment officer: {{name}})
{{pobox}}
{{townline}}
{{country}}

12 x target faces, 80 cm, card                    GBP   54.00
2 x straw bosses, 120 cm, re-pressed              GBP  398.00
60 x carbon arrows, spine 700, fletched           GBP  510.00
Total                                             GBP  962.00

Payment within 30 days to IBAN {{iban}}, reference {{ticket}}."""),
    ("en", """\
-- cider club: bottle boxes dispatched this month (export from the web shop)
INSERT INTO shipments (order_no, customer, street, town_line, country, boxes, tracking) VALUES
  ('{{invoice}}', '{{name}}', '{{street}}', '{{townline}}', '{{country}}', 2, '{{tracking}}'),
  ('{{invoice2}}', '{{name2}}', '{{street2}}', '{{townline2}}', '{{country2}}', 1, '{{tracking2}}');
-- 12 x 500 ml per box, glass, signature on delivery (over-18s only) · run {{uuid}}"""),
    ("en", """\
DELIVERY & INSTALLATION NOTE {{ticket}}

Item: pair of forged driveway gates with hinges, collars and drop bolt (2 pallets, 310 kg)
Deliver to site:
  {{name}}
  {{street}}
  {{townline}}
  Site contact: {{phone}}

From:
  {{company}} Forge
  {{street2}}
  {{townline2}}

Tail-lift lorry, narrow lane: phone ahead. Fitting crew of two. Invoice {{invoice}}."""),
    ("en", """\
# gift vouchers to post – karting shop, week 50
- voucher: {{ticket}}
  type: "arrive & drive, 2 x 15 min"
  recipient:
    name: "{{name}}"
    street: "{{street}}"
    town_line: "{{townline}}"
  gift_message: "Happy birthday, see you on the track!"
- voucher: {{ticket2}}
  type: "junior taster, 3 x 8 min"
  recipient:
    name: "{{name2}}"
    street: "{{street2}}"
    town_line: "{{townline2}}"
    country: "{{country2}}"
export_id: {{uuid}}"""),
    ("en", """\
TRIP NOTIFICATION (left with the shore contact and the coastguard)

Group leader: {{name}}
Home address: {{street}}, {{townline}}, {{country}}
Mobile: {{phone}}

Shore contact: {{name2}}
{{street2}}
{{townline2}}
Phone: {{phone2}}

Route: slipway to the outer islands and back, 3 days, 6 kayaks (yellow and red), VHF on ch. 16
Overdue procedure: if no call by 18:00 on day 3, ring the coastguard. Trip {{ticket}}"""),
    ("de", """\
Lieferschein {{ticket}} – Mosterei, Lohnmost Herbst

Anlieferer:
{{name}}
{{street}}
{{townline}}

Angeliefert: 420 kg Streuobst (Tafel- und Mostäpfel), ergibt ca. 270 l Süßmost
Abfüllung: 54 Bag-in-Box à 5 l, pasteurisiert
Abholung ab Donnerstag · Rechnung {{invoice}}
Rückfragen: {{company}} Mosterei, {{phone}}"""),
    ("de", """\
Rechnung {{invoice}}

{{company}} Bogenschützen e.V.
z. Hd. {{name}} (Sportwart)
{{street}}
{{townline}}

Zielscheiben aus Schaumstoff, 3 Stück               EUR   387,00
Scheibenauflagen 122 cm, 50 Stück                   EUR   115,00
Summe                                               EUR   502,00

Zahlbar innerhalb von 14 Tagen auf IBAN {{iban}}, Verwendungszweck {{ticket}}."""),
    ("fr", """\
Bon de livraison {{ticket}}

Expéditeur : {{company}} Atelier de reliure et typographie
{{street2}}
{{townline2}}

Destinataire :
{{name}}
{{street}}
{{townline}}
{{country}}

1 livre d'or relié main, demi-cuir, dorure à chaud du titre · 1 boîte de faire-part (120 ex.)
Colis suivi {{tracking}} · facture {{invoice}}"""),
    ("fr", """\
Confirmation de location – kayak de mer, week-end

Client : {{name}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}}

Matériel : 2 kayaks biplaces, pagaies, jupes, gilets, bidons étanches
Retrait au point de location : {{street2}}, {{townline2}}
Caution : 400 € par kayak (empreinte de carte) · dossier {{ticket}} · facture {{invoice}}"""),
    ("es", """\
Albarán de entrega {{ticket}} – flores para boda

Entregar en:
{{name}}
{{street}}
{{townline}}

Contenido: ramo de novia (rosas y paniculata), 10 centros de mesa, arco floral, 6 prendidos
Entrega: sábado antes de las 11:00 · contacto en el lugar: {{phone}}
Floristería {{company}} · factura {{invoice}}"""),
    ("it", """\
Documento di trasporto n. {{ticket}}

Mittente: {{company}} Forgia artistica
{{street2}}
{{townline2}}

Destinatario:
{{name}}
{{street}}
{{townline}}

Merce: cancello in ferro battuto a due ante, 2 bancali, 280 kg
Causale: vendita · porto franco · fattura {{invoice}}"""),
]

DIALOGUE = [
    ("en", """\
Phone consultation – wedding flowers (studio line, call notes)

Florist: {{company}} Flowers, {{first}} speaking.
Caller: Hi, we're getting married in June and wondered if you're free on the 21st?
Florist: Let me look. Yes, the 21st is open. Where's the ceremony?
Caller: In the walled garden at the hotel, then the reception in the orangery.
Florist: Lovely spot. Whose name shall I put the enquiry under?
Caller: {{name}}. And my fiancé is {{name2}}, in case he rings.
Florist: And the best number for you?
Caller: {{phone}}, or email me at {{email}}.
Florist: I'll send a mood board this week. Your enquiry number is {{ticket}}."""),
    ("en", """\
#setting-team (Slack)

{{first}} {{last}}  {{clock}}
reset on the comp wall is done, 28 new problems, grades on the tags
{{first2}}  {{clock2}}
a member came off the top of the yellow on the cave and landed on the edge of the mat. {{name}}, says he's fine, wrist sore
{{first}} {{last}}  {{clock3}}
accident book filled in? his number's on the membership, {{phone}}
{{first2}}  {{clock4}}
yes, incident {{ticket}}. moving that mat section now and emailing {{email}} for the report"""),
    ("en", """\
Beach radio log – surf school and lifeguard post (channel 2)

{{clock}}  School ({{first}}): Lifeguard post, school. Starting the 10:00 lesson between the flags, 12 pupils.
{{clock2}}  Lifeguard: Copy. Rip forming by the rocks at the south end, keep them north.
{{clock3}}  School ({{first}}): One pupil tired and out of the lesson area, {{name}}, aged 14. Instructor going out.
{{clock4}}  Lifeguard: Rescue board launched as well.
{{clock5}}  School ({{first}}): Pupil back on the sand, okay, parent called on {{phone}}.
{{clock6}}  Lifeguard: Noted in the log, incident {{ticket}}."""),
    ("en", """\
WhatsApp – Choir section leaders

[{{clock}}] {{first}}: Concert on Saturday: call at 17:30 for the run-through, black with a splash of red
[{{clock2}}] {{first2}}: Tenors are short, two off with colds. Can we ask {{name}} to come back for this one?
[{{clock3}}] {{first}}: I'll ask. {{first3}}, do you still have his number?
[{{clock4}}] {{first3}} {{last3}}: {{phone}}. He sang with us until last year
[{{clock5}}] {{name2}}: Programme proofs are with the printer, order {{invoice}}
[{{clock6}}] {{first}}: Perfect, thanks all. Warm-up at 17:45 sharp"""),
    ("en", """\
Teams meeting – print run planning (automatic captions)

{{first}} {{last}}  {{clock}}
So the wedding stationery for the order from last week, we're printing the invitations tomorrow.
{{first2}} {{last2}}  {{clock2}}
Did the customer approve the proof? I've got nothing from {{name}} in the job folder.
{{first}} {{last}}  {{clock3}}
She rang the workshop instead, on {{phone}}, and approved it verbally. I'll ask her to confirm by email.
{{first2}} {{last2}}  {{clock4}}
Please do, it's job {{ticket}}, 120 copies, and the plates are already paid for."""),
    ("en", """\
Club committee call – notes as dictated

Chair ({{first}}): Item three, the new members from the beginners' course.
Secretary ({{first2}} {{last2}}): Five of them want to join. One question about {{name}}: he's 17, so a parent signs.
Chair ({{first}}): Fine. And the range safety officer for the open day?
Secretary ({{first2}} {{last2}}): {{name2}} has volunteered. Her number is {{phone}} if the council rings about the field.
Chair ({{first}}): Good. Insurance renewal reference is {{ticket}}, due at the end of the month.
Secretary ({{first2}} {{last2}}): I'll send the minutes to everyone from {{email}}."""),
    ("en", """\
Apple drop-off line – press house (call notes)

Press house ({{first}}): Press house, {{first}} speaking.
Caller: Hi, I've got about 300 kilos of windfalls from the garden, do you still take them for juice?
Press house ({{first}}): We do, until the end of October. Are they washed and without rot?
Caller: Mostly. I can sort them. The name is {{name}}.
Press house ({{first}}): And a number for when your bottles are ready?
Caller: {{spelled}}.
Press house ({{first}}): Thursday at 09:00 then, booking {{ticket}}. Bring your own crates if you can."""),
    ("en", """\
Forge – customer call (notes)

Smith: {{company}} Forge, {{first}} here.
Customer: Hello, I bought a fire basket from you last winter and one of the legs has cracked at the weld.
Smith: Sorry to hear that. Can you send me a photo? Who am I speaking to?
Customer: {{name}}. I think the order was {{invoice}}.
Smith: Found it. We'll re-weld it for free. Can you drop it off, or shall we collect?
Customer: Collect, please. My number's {{phone}}.
Smith: We'll be round on Tuesday. Repair ticket {{ticket}}."""),
    ("en", """\
Race control – marshals' radio, endurance race (log)

{{clock}}  Control ({{first}}): All posts, green flag, race started.
{{clock2}}  Post 4: Kart 17 spun at the hairpin, driver out of the kart and behind the barrier, okay.
{{clock3}}  Control ({{first}}): Yellow at post 4. Kart 17 is team driver {{name}}.
{{clock4}}  Post 4: Kart recovered to the pits, rear bumper bent.
{{clock5}}  Control ({{first}}): Team manager informed on {{phone}}. Incident {{ticket}}.
{{clock6}}  Control ({{first}}): Green flag, all posts."""),
    ("en", """\
VHF log – sea kayak group and coastguard (channel 16, then 67)

{{clock}}  Guide ({{first}} {{last}}): Coastguard, this is kayak group Seal, six kayaks, at the north point.
{{clock2}}  Coastguard: Seal, coastguard, go to channel 67.
{{clock3}}  Guide ({{first}} {{last}}): One paddler capsized, now on the rocks, cold but talking. {{name}}, aged 52.
{{clock4}}  Coastguard: Understood. Can you give a mobile number?
{{clock5}}  Guide ({{first}} {{last}}): {{phone}}. We have a group shelter up, no need for the lifeboat yet.
{{clock6}}  Coastguard: Logged as incident {{ticket}}. Call again in 30 minutes."""),
    ("de", """\
Telefonnotiz – Anmeldung Surfkurs (Surfschule)

Surfschule: {{company}} Surfschule, {{first}} am Apparat.
Anruferin: Hallo, ich möchte meinen Sohn für den Wochenkurs im August anmelden. Er ist zwölf.
Surfschule: Gern. Kann er 200 Meter schwimmen?
Anruferin: Ja, er hat das Bronze-Abzeichen. Er heißt {{name}}.
Surfschule: Und Ihre Handynummer für den Fall, dass wir wegen Wind absagen müssen?
Anruferin: {{phone}}. Die Rechnung bitte an {{email}}.
Surfschule: Prima, Buchung {{ticket}}. Neoprenanzug und Board sind dabei."""),
    ("de", """\
WhatsApp – Chor Stimmführer

[{{clock}}] {{first}}: Generalprobe am Freitag 19 Uhr in der Kirche, bitte pünktlich!
[{{clock2}}] {{first2}}: Im Alt fehlen zwei. Kann {{name}} aushelfen?
[{{clock3}}] {{first}}: Ich frag sie. Ihre Nummer ist {{phone}}, oder?
[{{clock4}}] {{first3}} {{last3}}: Ja. Noten sind in der Chorbox, Stapel B
[{{clock5}}] {{name2}}: Die Konzertkasse übernimmt diesmal {{first4}}, Rechnung Programmheft {{invoice}}
[{{clock6}}] {{first}}: Danke euch!"""),
    ("fr", """\
Appel – réservation de karting (notes du standard)

Piste : {{company}} Karting, bonjour.
Appelant : Bonjour, je voudrais réserver un grand prix pour l'enterrement de vie de garçon de mon frère, dix pilotes.
Piste : Pas de souci. Samedi à 15 h, ça vous va ? C'est à quel nom ?
Appelant : {{name}}.
Piste : Un numéro de portable ?
Appelant : {{phone}}.
Piste : C'est noté, réservation {{ticket}}. Chaussures fermées obligatoires."""),
    ("fr", """\
WhatsApp – Groupe des ouvreurs (salle d'escalade)

[{{clock}}] {{first}} : Démontage du secteur dévers demain 7 h, avant l'ouverture
[{{clock2}}] {{first2}} : Je peux venir. Il faut des prises neuves, la commande est arrivée ?
[{{clock3}}] {{first}} : Oui, bon de commande {{invoice}}. {{name}} vient aider aussi
[{{clock4}}] {{name}} : Je serai là. Mon numéro si besoin : {{phone}}
[{{clock5}}] {{first2}} : Super. Contrôle des EPI samedi, registre {{ticket}}"""),
    ("es", """\
Llamada – reserva de travesía en kayak (notas)

Guía: {{company}} Kayak de Mar, dígame.
Cliente: Hola, quería reservar la excursión a las calas para cuatro personas el domingo.
Guía: Hay plazas a las 9:30. ¿Saben nadar todos?
Cliente: Sí. La reserva a nombre de {{name}}.
Guía: ¿Y un móvil de contacto por si cambia el viento?
Cliente: El {{phone}}.
Guía: Perfecto, reserva {{ticket}}. Traigan calzado de agua y crema solar."""),
    ("it", """\
Chat del club – tiro con l'arco

[{{clock}}] {{first}}: Domenica gara indoor, ritrovo alle 8:00 in palestra
[{{clock2}}] {{first2}}: Il nuovo socio {{name}} può tirare? Ha finito il corso
[{{clock3}}] {{first}}: Sì, con arco del club. Il suo numero è {{phone}}?
[{{clock4}}] {{name}}: Sì, sono io! Grazie, ci sarò
[{{clock5}}] {{first3}} {{last3}}: Iscrizioni chiuse, modulo {{ticket}}"""),
]

CODE = [
    ("en", """\
# .env – florist web shop (wedding consultations and same-day bouquets)
APP_ENV=production
APP_URL=https://{{hostname}}
DATABASE_URL=postgres://{{username}}:{{password}}@{{ip}}:5432/florist
STRIPE_SECRET_KEY={{stripe}}
MAILGUN_API_KEY={{token}}
DELIVERY_ROUTES_KEY={{gcp}}
STUDIO_INBOX={{email}}
RELEASE={{version}}
GIT_COMMIT={{sha}}"""),
    ("en", """\
# k8s/bookings.yaml – climbing centre bookings, waivers and door access
apiVersion: v1
kind: Secret
metadata:
  name: wall-bookings
  namespace: climbing-centre
type: Opaque
stringData:
  DATABASE_URL: "mysql://{{username}}:{{password}}@{{ip}}:3306/bookings"
  DOOR_CONTROLLER_TOKEN: "{{token}}"
  WAIVER_SIGNING_JWT: "{{jwt}}"
  FRONT_DESK_WEBHOOK: "{{slack_hook}}"
  DUTY_MANAGER: "{{email}}"
---
# image {{digest}} · chart {{version}}"""),
    ("en", """\
#!/usr/bin/env python3
# swell_alert.py – texts the coaches when the forecast cancels a lesson (surf school)
import requests
from openai import OpenAI
from twilio.rest import Client

FORECAST_URL = "https://{{hostname}}/api/v2/spot/main-beach"
FORECAST_TOKEN = "{{token}}"
OPENAI_API_KEY = "{{openai}}"
TWILIO_AUTH_TOKEN = "{{token2}}"
HEAD_COACH = "{{e164}}"
MAX_SWELL_M = 2.0
# deployed {{timestamp}} · {{short_sha}}"""),
    ("en", """\
# docker-compose.yml – box office and members' area (choral society)
services:
  tickets:
    image: ghcr.io/choir/box-office:{{version}}
    environment:
      DB_HOST: db
      DB_USER: {{username}}
      DB_PASSWORD: "{{password}}"
      PAYMENTS_KEY: "{{stripe}}"
      SCORES_BUCKET_KEY: "{{aws_key}}"
      SCORES_BUCKET_SECRET: "{{aws_secret}}"
      BOX_OFFICE_EMAIL: {{email}}
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: "{{password2}}"
# commit {{short_sha}}"""),
    ("en", """\
# .github/workflows/deploy.yml – letterpress shop (catalogue of papers, inks and bindings)
name: deploy
on:
  push:
    branches: [main]
env:
  SHOP_API_TOKEN: "{{github}}"
  SFTP_HOST: "{{ip}}"
  SFTP_USER: "{{username}}"
  SFTP_PASSWORD: "{{password}}"
  ORDERS_EMAIL: "{{email}}"
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: lftp -u "$SFTP_USER,$SFTP_PASSWORD" "sftp://$SFTP_HOST" -e "mirror -R dist/ /www; quit"
# {{short_sha}} · release {{version}}"""),
    ("en", """\
; scoring.ini – archery club tournament scoring tablets
[server]
host = {{ip}}
port = 8443
admin_user = {{username}}
admin_password = {{password}}

[results]
publish_url = https://{{hostname}}/results/indoor
api_key = {{token}}
notify = {{email}}

[build]
version = {{version}}
commit = {{short_sha}}"""),
    ("en", """\
# press-telemetry.toml – cider press house: tank temperatures and fermentation logging
[gateway]
host = "{{ip}}"
user = "{{username}}"
password = "{{password}}"

[archive]
bucket = "press-house-logs"
aws_access_key_id = "{{aws_key}}"
aws_secret_access_key = "{{aws_secret}}"

[alerts]
to = "{{email}}"
sms = "{{e164}}"
# firmware {{version}} · {{uuid}}"""),
    ("en", """\
#!/bin/sh
# push_cutfile.sh – sends gate scroll patterns to the plasma table PC (forge workshop)
TABLE_HOST="{{ip}}"
TABLE_USER="{{username}}"
KEY_FILE="$HOME/.ssh/plasma_table"
cat > "$KEY_FILE" <<'EOF'
{{private_key}}
EOF
chmod 600 "$KEY_FILE"
scp -i "$KEY_FILE" patterns/*.dxf "$TABLE_USER@$TABLE_HOST:/cutfiles/"
# job {{ticket}} · script {{version}} · {{short_sha}}"""),
    ("en", """\
{
  "timing": {
    "decoder_host": "{{ip}}",
    "decoder_user": "{{username}}",
    "decoder_password": "{{password}}",
    "transponder_range": "100-140"
  },
  "live_screens": {
    "storage_connection_key": "{{azure}}",
    "results_webhook": "{{slack_hook}}"
  },
  "race_director": "{{email}}",
  "build": "{{version}}",
  "export_id": "{{uuid}}"
}"""),
    ("en", """\
// config/production.js – sea kayak trip bookings (tide windows, deposits, maps)
module.exports = {
  db: {
    host: "{{ip}}",
    user: "{{username}}",
    password: "{{password}}",
    database: "trips",
  },
  stripeSecret: "{{stripe}}",
  mapsKey: "{{gcp}}",
  tideApiToken: "{{token}}",
  guideOnCall: "{{e164}}",
  bookingsInbox: "{{email}}",
  release: "{{version}}",
};"""),
    ("de", """\
# application.yml – Buchbinderei, Auftragsverwaltung und Kundenportal
spring:
  datasource:
    url: jdbc:postgresql://{{ip}}:5432/auftraege
    username: {{username}}
    password: "{{password}}"
  mail:
    host: {{hostname}}
    username: {{email}}
    password: "{{password2}}"
portal:
  jwt-secret: "{{token}}"
  version: {{version}}
# Commit {{short_sha}}"""),
    ("de", """\
# .env – Blumenwerkstatt, Hochzeitsanfragen und Lieferungen
SHOP_URL=https://{{hostname}}
DB_USER={{username}}
DB_PASS={{password}}
DB_HOST={{ip}}
PAYPAL_CLIENT_SECRET={{token}}
KARTEN_API_KEY={{gcp}}
ANFRAGEN_AN={{email}}
BUILD={{version}}"""),
    ("fr", """\
# config.yaml – cidrerie : commandes des cavistes et suivi des cuves
base_de_donnees:
  hote: "{{ip}}"
  utilisateur: "{{username}}"
  mot_de_passe: "{{password}}"
paiement:
  cle_secrete: "{{stripe}}"
notifications:
  email_maitre_de_chai: "{{email}}"
  sms: "{{e164}}"
version: "{{version}}"
# déployé le {{timestamp}}"""),
    ("fr", """\
# rediger_devis.py – brouillons de devis pour la forge (portails, rampes)
import anthropic

client = anthropic.Anthropic(api_key="{{anthropic}}")
SMTP_HOTE = "{{hostname}}"
SMTP_UTILISATEUR = "{{email}}"
SMTP_MOT_DE_PASSE = "{{password}}"
FORGERON = "{{first}} {{last}}"
# version {{version}} · {{short_sha}}"""),
    ("es", """\
# .env – escuela de surf: reservas, alquiler de tablas y avisos de oleaje
DB_HOST={{ip}}
DB_USUARIO={{username}}
DB_CLAVE={{password}}
STRIPE_SECRET={{stripe}}
WHATSAPP_TOKEN={{token}}
AVISOS_A={{email}}
VERSION={{version}}"""),
    ("it", """\
{
  "palestra": "arrampicata e boulder",
  "db": {
    "host": "{{ip}}",
    "utente": "{{username}}",
    "password": "{{password}}"
  },
  "tornelli_token": "{{token}}",
  "pagamenti_key": "{{stripe}}",
  "email_responsabile": "{{email}}",
  "versione": "{{version}}"
}"""),
]

PROSE = [
    ("en", """\
Wedding booking record – flowers (studio file)

Couple: {{name}} and {{name2}}
Contact address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Wedding date: {{date_words}} · venue: {{company}} Barn, ceremony 14:00
Package: arch, bridal bouquet, 3 posies, 10 buttonholes, 12 table centres
Deposit paid from IBAN {{iban}}, receipt {{invoice}}
Enquiry {{ticket}} · florist on the day: {{first3}} {{last3}}"""),
    ("en", """\
New climber registration and waiver – climbing centre

Name: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
Emergency contact: {{name2}}, {{phone2}}
Experience: top-roping indoors, belay check passed (figure-of-eight, tube device) on {{date}}
Members' app login: {{username}}
Membership no. {{account}} · waiver {{uuid}} · desk {{ticket}}"""),
    ("en", """\
Surf lesson participant form (kept for the season)

Participant: {{name}}
Date of birth: {{dob_words}}
Can swim 50 m: yes · medical conditions: asthma, inhaler in the bag
Parent/guardian: {{name2}}
Phone: {{phone}} · Email: {{email}}
Wetsuit size: junior 14 · board: 8 ft foam
Lesson block: 5 x 2 h, booking {{ticket}} · photo consent: no"""),
    ("en", """\
Member record – choral society (membership secretary only)

Name: {{name}}
Voice part: alto 2 · joined {{date}}
Date of birth: {{dob}} (for the gift aid declaration)
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Members' area login: {{username}} · temporary password {{password}} (change at first login)
Subscription by standing order from account {{account}}
Score deposit receipt {{invoice}}"""),
    ("en", """\
Bookbinding commission – intake sheet

Customer: {{name}}
Address: {{street}}, {{townline}}, {{country}}
Phone: {{phone}} · Email: {{email}}
Item: family bible, 1860s, spine lost, text block sound, inscriptions on the fly leaves
Work agreed: resew on tapes, new full goatskin binding, original boards kept as a box
Customer account: {{account}}
Estimate {{invoice}} · commission {{ticket}} · received {{date}}"""),
    ("en", """\
Archery club membership – new member

Name: {{name}}
Date of birth: {{dob_iso}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
Email: {{email}}
National association membership no.: {{account}}
Bow style: recurve, 28 lb · beginners' course passed on {{date}} · coach {{first3}} {{last3}}
Club fee paid, receipt {{invoice}} · locker key {{serial}}"""),
    ("en", """\
Cider club – direct debit mandate and member details

Member: {{name}}
Delivery address: {{street}}, {{townline}}
Date of birth: {{dob}} (proof of age: over 18)
Phone: {{phone}} · Email: {{email}}
Plan: 12 bottles every quarter, mixed (dry, medium, perry)
Account holder: {{name2}} · IBAN: {{iban}}
Mandate reference {{ticket}} · web shop login {{username}}"""),
    ("en", """\
Forge day course – participant record

Participant: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
Emergency contact: {{name2}}, {{phone2}}
Course: make a fire poker and a leaf hook, 09:00 to 16:30, lunch included
Safety kit issued: leather apron, glasses, ear defenders · booking {{ticket}}
Gift voucher redeemed {{serial}} · paid {{invoice}}"""),
    ("en", """\
Junior karting licence application – club file

Driver: {{name}}
Date of birth: {{dob_words}}
Parent/guardian: {{name2}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Class: cadet · transponder {{serial}}
Medical declaration signed on {{date}} · licence fee receipt {{invoice}}
Application {{ticket}} · race-entry portal login {{username}}"""),
    ("en", """\
Expedition participant record – sea kayak crossing (kept by the lead guide)

Paddler: {{name}}
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}, {{country}}
Mobile: {{phone}}
Next of kin: {{name2}}, {{phone2}}
Experience: 4-star sea leader, rolls on both sides
Medical: penicillin allergy · insurance policy {{account}}
Trip {{ticket}} · kit check {{date}}"""),
    ("de", """\
Anmeldung Jugendkart-Training – Kartbahn

Fahrer/in: {{name}}
Geburtsdatum: {{dob}}
Erziehungsberechtigte/r: {{name2}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}} · E-Mail: {{email}}
Gruppe: Bambini, samstags 10 Uhr
Lastschrift vom Konto IBAN {{iban}} · Mandatsreferenz {{ticket}}"""),
    ("de", """\
Teilnehmerbogen – Seekajak-Wochenende

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}, {{country}}
Mobil: {{phone}}
Notfallkontakt: {{name2}}, {{phone2}}
Erfahrung: Grundkurs Seekajak, Eskimorolle: nein
Buchung {{ticket}} · Rechnung {{invoice}} · Stand {{date}}"""),
    ("fr", """\
Fiche d'inscription – chorale

Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} · Courriel : {{email}}
Pupitre : ténor · inscrit le {{date}}
Espace membres : identifiant {{username}}
Cotisation réglée, reçu {{invoice}} · fiche {{ticket}}"""),
    ("fr", """\
Licence – club de tir à l'arc

Archer : {{name}}
Né(e) le : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}}
Numéro de licence : {{account}}
Certificat médical du {{date}} · arc classique 24 lb
Cotisation {{invoice}} · dossier {{ticket}}"""),
    ("es", """\
Ficha de socio – sidrería y llagar

Socio: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio: {{street}}, {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Cuota: trimestral, domiciliada en IBAN {{iban}}
Alta {{date}} · ficha {{ticket}}"""),
    ("it", """\
Scheda commissione – legatoria artigiana

Cliente: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Telefono: {{phone}} · E-mail: {{email}}
Lavoro: rilegatura in pelle di un registro notarile, dorature a mano
Preventivo {{invoice}} · commissione {{ticket}} · consegna prevista {{date}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
