"""FINAL19 templates of the generalisation corpus kinds (eval.kinds), for the `final19` split.

Written by a helper session after the final16 and final17 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final19`). They imitate what employees of airport ground
handlers and lost-luggage desks, craft breweries and distilleries, locksmiths and alarm installers,
compounding pharmacies, satellite operators, video-game studios (QA and player support), municipal
parking enforcement, marine research vessels and car rental and fleet leasing firms paste into an
LLM at work: delayed-bag follow-ups, cask-return reminders, restricted-key orders, prescriber queries
about compounded suspensions, conjunction notices, playtest invitations, parking-charge challenge
replies, cruise joining instructions, damage-recharge threads, ramp duty managers' vCards; delayed-bag
delivery dockets, cask ownership certificates, alarm keyholder forms, cold-chain dispatch labels,
terminal returns, tournament prize shipments, keeper lookups, sample consignments, end-of-lease
collections, beer-club dispatch lists; bag-trace chats, taproom bookings, alarm-receiving-centre
calls, compounding queries, collision-avoidance threads, chargeback calls, enforcement radio logs,
medevac calls, driver nominations, lockout dispatch calls; baggage reconciliation configs, brewery
ERP settings, alarm-panel cloud gateways, compounding LIMS scripts, ground-station inventories,
crash-reporter settings, ANPR upload scripts, ship-to-shore sync crontabs, rental booking tfvars,
support macros; property irregularity reports, cask registers, key-cutting authorisations,
compounding worksheets, ground-station site access requests, tester onboarding records, blue-badge
misuse notes, pre-sailing medical declarations, vehicle damage reports and salary-sacrifice lease
applications. Checked against the earlier modules' docstrings: airline operational database
configs, baggage calls and in-game support chats (final9, final13), locksmith quotes (final6),
residents' parking permits (final10), car rental agreements and fleet claims (final5, final6) and
fleet telematics (final15) are not repeated.
Ordinary text surrounds the values (amounts, bag tags, flight and stand numbers, cask and batch
numbers, key-system codes, NORAD-style object ids, build numbers, penalty charge and plate-free
notice references, station numbers, fleet numbers, ticket and invoice numbers, serials, versions,
hashes, hostnames, paths, companies, products, job titles) so that over-redaction is measured as well
as recall.

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
Subject: Your delayed bag – file {{ticket}}

Dear {{first2}},

Good news: your bag (tag {{tracking}}) was found in the transfer area and is booked on this
evening's flight. Our courier will deliver it to the address you gave at the desk, normally within
24 hours of arrival; they will text you a two-hour window. Please keep receipts for essentials you
bought meanwhile and attach them to the claim form in the portal, quoting the file reference above.

Kind regards,

{{first}} {{last}}
Baggage Services Agent, Arrivals Hall
{{company}} Ground Handling
Lost & found desk {{phone}} (06:00-23:00)
{{email}}"""),
    ("en", """\
Hi {{first2}},

Quick reminder from the brewery: our records show 14 empty casks (firkins, nos. 311-324) and 3 kegs
still at the pub since the beer festival. Could you leave them by the cellar hatch for Thursday's
dray run? Uncollected casks are charged at the deposit rate on the next invoice ({{invoice}}).

Cheers,
{{first}}

--
{{first}} {{last}} | Trade Sales & Logistics
{{company}} Brewing Co. – small batch, unfiltered
Brewery {{phone}} | Mobile {{e164}}
Order desk: {{internal_email}}"""),
    ("en", """\
Re: Restricted key order – master key system MK-7 (job {{ticket}})

Hello {{first2}},

Before we can cut the six additional keys for the suite 3 doors I need the signed authorisation
card back from one of your registered key holders. Our records still list {{name}} as the only
signatory; if that has changed, the new signatory must send the form from the company address.
The keys are on a patent-protected profile, so no other locksmith can copy them.

Best regards,

{{first}} {{last}}
Master Locksmith – Key Systems Manager
{{company}} Locks & Security
T {{phone}}  |  Out of hours {{phone2}}
{{email}}"""),
    ("en", """\
Dear Dr {{last2}},

We received the prescription for a 1 mg/ml oral suspension for your patient (our ref. {{ticket}}).
The strength requested differs from our usual worksheet; could you confirm the dose in mg/kg and
whether a sugar-free base is needed? We can compound and dispatch within 48 hours of your reply.
Beyond-use date would be 28 days, refrigerated.

With thanks,

{{first}} {{last}}, MPharm
Superintendent Pharmacist
{{company}} Specials & Compounding
Direct line {{phone}}, ext. 214 · Secure fax {{phone2}}
{{email}}"""),
    ("en", """\
Subject: Conjunction notice – your payload host spacecraft, TCA {{timestamp}}

Hi {{first2}},

Flight dynamics has a conjunction with catalogued debris: miss distance 312 m radial, probability of
collision above our 1e-4 threshold. We are planning an avoidance manoeuvre at the next pass over the
southern station; payload downtime about 40 minutes. Screening data in ticket {{ticket}}, ephemeris
file checksum {{md5}}.

Regards,
{{first}} {{last}}
Flight Dynamics Engineer – Spacecraft Operations
{{company}} Satellite Services
Ops room (24/7) {{phone}} · Mobile {{intl}}
{{email}}"""),
    ("en", """\
Hey {{first2}},

Thanks for signing up for the closed playtest! Your build key and the Discord invite will arrive in
a separate email once we have your signed NDA back (DocuSign envelope {{uuid}}). The session runs
Saturday 14:00-18:00 UTC; please don't stream or screenshot anything, and report bugs with the
in-game F8 tool so the build number ({{version}}) is attached automatically.

See you in game,
{{first}} {{last}}
QA Community Coordinator
{{company}} Games
{{internal_email}} | studio {{phone}}"""),
    ("en", """\
Dear {{name}},

Thank you for your challenge to penalty charge notice {{invoice}}. Having reviewed the officer's
photographs and notes, we have decided to reject it: the vehicle was parked in a loading bay with no
loading seen during the observation period. The discounted amount is offered for a further 14 days.
If you disagree you may make formal representations once the notice to owner arrives.

Yours sincerely,

{{first}} {{last}}
Notice Processing Officer, Parking Services
{{company}} Council
Parking Services line {{phone}}
Correspondence ref. {{ticket}}"""),
    ("en", """\
Subject: Joining instructions – research cruise, science party

Dear {{first2}},

Welcome aboard for the water-column sampling cruise. Please arrive at the port gate by 16:00 the day
before sailing with your seafarer medical, sea survival certificate and passport. The cargo for your
CTD rosette arrives by pallet (waybill {{tracking}}). Bring a printed copy of your risk assessment,
form {{ticket}}.

Whilst at sea the ship is reachable by satellite phone only.

{{first}} {{last}}
Cruise Coordinator, Marine Operations
{{company}} Oceanographic Institute
Office {{phone}} · Ship's satphone {{intl}}
{{email}}"""),
    ("en", """\
From: {{first}} {{last}} <{{email}}>
Sent: {{date}}
Subject: RE: Damage recharge – rental agreement {{invoice}}

Hello {{first2}},

I've attached the check-in photos: the scuff on the rear bumper was marked on the check-out diagram,
so the recharge should not have been raised. Please refund the 285 EUR taken from my card.

Regards, {{first}}
Mobile {{phone}}

> From: Damage Recovery Team <{{internal_email}}>
> Our assessor has reviewed the vehicle (fleet no. {{serial}}) and found damage not recorded at pick-up."""),
    ("en", """\
BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Aviation Services;Ramp Operations
TITLE:Ramp Duty Manager, Terminal 2
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{e164}}
EMAIL;TYPE=INTERNET:{{email}}
NOTE:Turnaround escalations only. Stand allocation queries to ops ({{ticket}}).
REV:{{timestamp}}
END:VCARD"""),
    ("de", """\
Betreff: Wartung Einbruchmeldeanlage – Termin bestätigt

Sehr geehrte/r {{name}},

hiermit bestätigen wir den Wartungstermin für Ihre Einbruchmeldeanlage (Zentrale Serien-Nr.
{{serial}}) am {{date}} zwischen 8 und 12 Uhr. Bitte stellen Sie sicher, dass eine berechtigte
Person mit Codekarte vor Ort ist. Die Leistung ist im Wartungsvertrag {{invoice}} enthalten.

Mit freundlichen Grüßen

{{first}} {{last}}
Techniker Sicherheitstechnik
{{company}} Sicherheitssysteme GmbH
Tel. {{phone}} | Notdienst {{phone2}}
{{email}}"""),
    ("de", """\
Hallo {{first2}},

anbei das Rückgabeprotokoll für den Leasingrückläufer (Fahrzeug-Nr. {{serial}}). Der Gutachter hat
Steinschläge an der Frontscheibe und einen Felgenschaden vorne links festgestellt; die
Minderwertberechnung folgt mit Vorgang {{ticket}}. Bitte bis Freitag Einspruch einlegen, falls der
Fahrer die Schäden bestreitet.

Viele Grüße
{{first}} {{last}}
Flottenmanagement | Remarketing
{{company}} Fleet Leasing
Telefon {{phone}} · Mobil {{e164}}
{{email}}"""),
    ("fr", """\
Objet : Préparation magistrale – ordonnance n° {{ticket}}

Bonjour {{first2}},

La gélule de 2,5 mg prescrite pour votre patient est prête. Elle sera livrée demain matin à votre
officine par transporteur sous température dirigée (n° de suivi {{tracking}}). Le certificat
d'analyse du lot est joint.

Bien confraternellement,

{{first}} {{last}}
Pharmacien responsable, préparatoire
{{company}} Préparations
Tél. {{phone}} – Fax {{phone2}}
{{email}}"""),
    ("fr", """\
Bonjour {{first2}},

Suite à notre échange, votre embarquement sur le navire de recherche est confirmé pour la campagne
de carottage. Merci de nous transmettre votre certificat d'aptitude médicale avant le {{date}} et de
préciser vos contraintes alimentaires. Le matériel scientifique doit être à quai au plus tard 72 h
avant l'appareillage (bordereau {{tracking}}).

Cordialement,
{{first}} {{last}}
Coordination des campagnes à la mer
{{company}} – Flotte océanographique
Bureau {{phone}} | Bord (Iridium) {{intl}}
{{email}}"""),
    ("es", """\
Estimado/a {{name}}:

Le confirmamos que su maleta, con etiqueta {{tracking}}, ha sido localizada en el aeropuerto de
origen y llegará en el vuelo de esta noche. Nuestra empresa de mensajería se la entregará en el
domicilio indicado en el parte de irregularidad ({{ticket}}). Conserve los tiques de los gastos de
primera necesidad.

Atentamente,

{{first}} {{last}}
Agente de Servicios de Equipajes
{{company}} Handling
Tel. {{phone}} · {{email}}"""),
    ("it", """\
Gentile {{name}},

la ringraziamo per aver acquistato una botte nella nostra distilleria. Il certificato di proprietà
della botte n. {{serial}} (grappa di moscato, affinamento in rovere) è allegato; le ricordiamo che
l'imbottigliamento è possibile dopo il {{date_words}}. Per visite in cantina prenoti con almeno una
settimana di anticipo.

Cordiali saluti,

{{first}} {{last}}
Responsabile clienti botti
Distilleria {{company}}
Tel. {{phone}} – Cell. {{e164}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
{
  "delivery_type": "delayed_baggage",
  "file_reference": "{{ticket}}",
  "bag_tag": "{{tracking}}",
  "passenger": "{{name}}",
  "deliver_to": {
    "line1": "{{street}}",
    "line2": "{{unit}}",
    "town_line": "{{townline}}",
    "country": "{{country}}"
  },
  "contact": "{{phone}}",
  "courier_job": "{{uuid}}"
}"""),
    ("en", """\
CERTIFICATE OF CASK OWNERSHIP

Cask no. {{serial}}, first-fill bourbon barrel, filled {{date}}, 200 litres at 63.5% abv
This is to certify that the cask named above is the property of:

  {{name}}
  {{street}}
  {{townline}}
  {{country}}

held in bond in our warehouse no. 3 under duty suspension.
Issued by {{company}} Distillery · Certificate {{invoice}} · Bond register {{ticket}}"""),
    ("en", """\
KEYHOLDER REGISTRATION – intruder alarm monitoring

Protected premises:  {{company}} Ltd
                     {{street}}
                     {{townline}}
Keyholder 1:         {{name}}, {{phone}}
                     {{street2}}, {{townline2}}
Keyholder 2:         {{name2}}, {{phone2}}
Monitoring account {{account}} · Panel {{serial}} · URN {{ticket}}"""),
    ("en", """\
KEEP REFRIGERATED 2-8 °C – COMPOUNDED MEDICINE – DO NOT LEAVE IN PORCH

Deliver to (patient):
{{name}}
{{street}}
{{townline}}
Tel: {{phone}}

Rx {{ticket}} · Batch {{short_sha}} · Data logger {{serial}}
Signature on delivery required – courier consignment {{tracking}}"""),
    ("en", """\
RETURN MERCHANDISE AUTHORISATION – user terminal

RMA: {{ticket}}
Customer: {{name}}
Collect from: {{street}}
              {{townline}}
              {{country}}
Item: flat-panel terminal, serial {{serial}}, firmware {{version}}
Fault: no lock after re-pointing; replacement shipped under {{tracking}}"""),
    ("en", """\
winner_handle,full_name,address_line,town_line,country,prize,shipment
{{username}},{{name}},{{street}},{{townline}},{{country}},collector's edition + signed art book,{{tracking}}
{{username2}},{{name2}},{{street2}},{{townline2}},{{country}},founders' jacket (L),{{tracking2}}
# season finals giveaway export {{timestamp}}, sheet rev {{short_sha}}"""),
    ("en", """\
-- keeper lookup results imported for the notice-to-owner run, batch {{ticket}}
INSERT INTO keeper_address (pcn_ref, keeper_name, address_1, town_line, looked_up)
VALUES ('{{invoice}}', '{{name}}', '{{street}}', '{{townline}}', '{{date}}'),
       ('{{invoice2}}', '{{name2}}', '{{street2}}', '{{townline2}}', '{{date}}');
-- source file checksum {{sha256}}"""),
    ("en", """\
SCIENTIFIC SAMPLES – NO COMMERCIAL VALUE – DRY ICE UN1845, 6 kg

Consignor: RV research ship, c/o {{company}} Marine Agency
Consignee: {{name}}
           Sediment Core Laboratory
           {{street}}
           {{townline}}
           {{country}}
Tel. {{intl}}
Contents: 24 frozen sediment subsamples, station list {{ticket}}, air waybill {{tracking}}"""),
    ("en", """\
<vehicleCollection jobId="{{uuid}}" contract="{{invoice}}">
  <vehicle fleetNo="{{serial}}" model="mid-size estate, hybrid" fuel="half"/>
  <driver>{{name}}</driver>
  <collectFrom>
    <street>{{street}}</street>
    <townLine>{{townline}}</townLine>
    <country>{{country}}</country>
  </collectFrom>
  <contactMobile>{{e164}}</contactMobile>
  <note>End of lease: inspection at the address, both keys and the V5 copy required</note>
</vehicleCollection>"""),
    ("en", """\
Beer club – March dispatch (12 cans, mixed case)

#1  {{name}}
    {{street}}
    {{townline}}
    age verified on {{date}}, parcel {{tracking}}
#2  {{name2}}
    {{pobox}}
    {{townline2}}
    leave with neighbour: no, parcel {{tracking2}}
Picking list {{invoice}} · courier manifest {{short_sha}}"""),
    ("de", """\
Zustellauftrag – verspätetes Reisegepäck

Vorgang: {{ticket}}   Gepäckschein: {{tracking}}
Empfänger: {{name}}
Zustelladresse: {{street}}
                {{townline}}
                {{country}}
Telefon: {{phone}}
Hinweis: bei Abwesenheit NICHT beim Nachbarn abgeben, Zustellversuch wiederholen
Kurierauftrag {{uuid}}"""),
    ("de", """\
Rechnung {{invoice}} – Notöffnung und Schlosstausch

Rechnungsempfänger:       Einsatzort:
{{name}}                  {{street2}}
{{street}}                {{townline2}}
{{townline}}

Türöffnung zerstörungsfrei, Anfahrt Nachttarif, Profilzylinder 30/35 mit 5 Schlüsseln
Auftrag {{ticket}} · USt-IdNr. {{vat}}"""),
    ("fr", """\
AVIS DE PAIEMENT – FORFAIT POST-STATIONNEMENT

Titulaire du certificat d'immatriculation :
{{name}}
{{street}}
{{townline}}

Avis n° {{invoice}} établi le {{date}}
Montant dû : 35,00 EUR, à régler dans un délai de trois mois
Référence de recours préalable obligatoire : {{ticket}}"""),
    ("fr", """\
CONTRAT DE LOCATION – conducteur principal

Nom : {{name}}
Né(e) le : {{dob}}
Adresse : {{street}}
          {{townline}}
          {{country}}
Conducteur additionnel : {{name2}}
Véhicule n° {{serial}} – catégorie C, boîte automatique
Contrat {{invoice}} – agence de départ : gare, retour : aéroport"""),
    ("es", """\
ENVÍO DE FÓRMULA MAGISTRAL – CONSERVAR EN FRÍO

Paciente: {{name}}
Dirección: {{street}}
           {{townline}}
Teléfono: {{phone}}
Receta {{ticket}} · Lote {{short_sha}} · Registrador de temperatura {{serial}}
Entrega con firma, envío {{tracking}}"""),
    ("it", """\
IMBARCO PERSONALE SCIENTIFICO – scheda anagrafica

Nominativo: {{name}}
Nato/a il: {{dob}}
Residenza: {{street}}
           {{townline}}
Contatto di emergenza: {{name2}}, {{phone}}
Campagna oceanografica {{ticket}} · Cabina 12 · Certificato medico n. {{serial}}"""),
]

DIALOGUE = [
    ("en", """\
Bag trace – live chat, file {{ticket}}

Passenger: hi, my bag still hasn't turned up and it's day three
Agent ({{first}}): I'm sorry, let me check the trace. Can you confirm the name on the file?
Passenger: {{name}}
Agent ({{first}}): Thanks. The tag {{tracking}} was scanned at the transfer hub last night.
Passenger: I've moved hotels, can it come to {{street}}, {{townline}} instead?
Agent ({{first}}): Updated. The courier will ring {{phone}} before delivery.
Passenger: great, thanks"""),
    ("en", """\
Taproom bookings – call notes

Staff ({{first}}): Brewery taproom, {{first}} here.
Caller: Hi, I'd like to book the mezzanine for a leaving do, about thirty people.
Staff ({{first}}): Lovely. Which date?
Caller: {{date_words}}, from seven.
Staff ({{first}}): That's free. Name for the booking?
Caller: {{name}}, and my number is {{phone}}.
Staff ({{first}}): Deposit is 100 pounds, I'll send a link to your email.
Caller: It's {{email}}.
Staff ({{first}}): Booking {{invoice}} is held for 48 hours."""),
    ("en", """\
Alarm receiving centre – call recording transcript (signal {{ticket}})

Operator: Alarm centre, this is {{first}}. We have an intruder activation at your premises, zone 4.
Keyholder: This is {{name}}, I'm the keyholder.
Operator: Can you give me your password, please?
Keyholder: {{password}}
Operator: Thank you. Police have been informed, log {{invoice}}. Can you attend?
Keyholder: Yes, twenty minutes. Call me on {{phone}} if anything changes.
Operator: Will do. The second keyholder, {{name2}}, did not answer."""),
    ("en", """\
Compounding lab – phone call with a GP surgery, typed up for the file

Pharmacist ({{first}}): Hello, it's {{first}} from the compounding pharmacy, about a prescription.
Surgery: Hi, this is {{name}}, practice pharmacist. Which patient?
Pharmacist ({{first}}): {{name2}}, date of birth {{dob}}.
Surgery: Yes, the omeprazole suspension. What's the problem?
Pharmacist ({{first}}): The dose is 20 mg but the volume says 5 ml of 1 mg/ml. Which is right?
Surgery: 20 mg. I'll ask the GP to reissue, you'll have it by email.
Pharmacist ({{first}}): Thanks. My direct line is {{phone}}, the query is {{ticket}}."""),
    ("en", """\
#flight-dynamics – Slack export

[{{clock}}] {{first}} {{last}}: CDM update for the object, Pc now 3.1e-4, TCA unchanged. Going ahead with the burn plan?
[{{clock2}}] {{first2}}: yes, upload in the 02:40 pass. command sequence hash {{short_sha}}
[{{clock3}}] {{first}} {{last}}: customer ops notified. their contact tonight is {{name}}, {{intl}}
[{{clock4}}] {{first2}}: ok. if I'm not answering, ring my mobile {{phone}}
[{{clock5}}] {{first}} {{last}}: manoeuvre logged as {{ticket}}, ephemeris {{uuid}}"""),
    ("en", """\
Player support – phone call, chargeback dispute ({{ticket}})

Agent: Player support, {{first}} speaking.
Caller: Hi, my account got banned, it says chargeback, but that was my son.
Agent: I understand. Can I have the account email?
Caller: {{email}}
Agent: And the name on the card used for the purchase?
Caller: {{name}}. The purchase was 79.99 on {{date}}.
Agent: Thanks. If you cancel the dispute with your bank, we can lift the ban. Order {{invoice}}.
Caller: Fine. Gamertag is {{username}} if you need it."""),
    ("en", """\
Civil enforcement – radio log, beat 14

CEO {{first}}: Control, 14. Vehicle on double yellows outside the school, blue badge displayed but clock not set.
Control ({{first2}}): Received. Badge number?
CEO {{first}}: Badge serial {{serial}}, holder name on the badge is {{name}}.
Control ({{first2}}): Badge reported lost last month. Seize the badge, issue PCN {{invoice}}.
CEO {{first}}: Driver's come back. Gave her name as {{name2}}, phone {{phone}}.
Control ({{first2}}): Note it. Body-cam clip reference {{uuid}}."""),
    ("en", """\
Satellite phone call – ship to shore, medical (logged by the officer of the watch)

Master: Marine ops, this is the master. We have a scientist unwell, chest pain since 03:00.
Shore ({{first}}): Understood. Name and date of birth?
Master: {{name}}, born {{dob}}.
Shore ({{first}}): Radio medical advice is on standby. Next of kin?
Master: {{name2}}, mobile {{intl}}.
Shore ({{first}}): I'll inform them after the doctor's assessment. Position?
Master: Station 27, about 180 miles offshore. Reference {{ticket}}."""),
    ("en", """\
Rental desk – call about a speeding fine (agreement {{invoice}})

Agent: Customer relations, {{first}} speaking.
Customer: Hi, I got a letter saying you passed my details on for a speed camera?
Agent: Yes, as the hirer we nominate the driver. Who was driving?
Customer: My partner, {{name}}, she's on the agreement as an additional driver.
Agent: Then we'll transfer the notice to her. Her address?
Customer: {{street}}, {{townline}}.
Agent: Done. The admin fee goes on the card on file, case {{ticket}}.
Customer: Fine. My customer number is {{account}}, by the way."""),
    ("en", """\
Emergency lockout – dispatch call

Dispatcher ({{first}}): Locksmith emergency line.
Caller: I'm locked out, key snapped in the lock.
Dispatcher ({{first}}): Sorry to hear. What's the address?
Caller: {{street}}, {{townline}}.
Dispatcher ({{first}}): And your name? You'll need ID showing that address when our engineer arrives.
Caller: {{name}}. My driving licence has the address.
Dispatcher ({{first}}): {{first2}} is on his way, 35 minutes. He'll call from {{phone}}. Job {{ticket}}."""),
    ("de", """\
Pannen- und Unfallhotline – Gesprächsnotiz

Mitarbeiter ({{first}}): Unfallservice, Sie sprechen mit {{first}}.
Kunde: Guten Tag, {{name}}, ich hatte einen Auffahrunfall mit dem Mietwagen.
Mitarbeiter ({{first}}): Ist jemand verletzt?
Kunde: Nein. Der andere Fahrer heißt {{name2}}, seine Nummer ist {{phone}}.
Mitarbeiter ({{first}}): Danke. Ihre Mietvertragsnummer?
Kunde: {{invoice}}.
Mitarbeiter ({{first}}): Ein Abschleppwagen kommt, Schadennummer {{ticket}}. Ich rufe Sie unter {{phone2}} zurück."""),
    ("de", """\
Telefonat Brauerei – Malzlieferant, mitgeschrieben

Braumeister ({{first}}): Hallo, hier {{first}} von der Brauerei. Die Lieferung Pilsner Malz fehlt noch.
Lieferant: Guten Morgen, {{name}} hier. Die Ladung steht im Lager, der Fahrer war krank.
Braumeister ({{first}}): Wir brauen Donnerstag. Schafft ihr Mittwoch?
Lieferant: Ja, Mittwoch früh. Der Fahrer ruft vorher unter {{phone}} an.
Braumeister ({{first}}): Gut, Lieferschein bitte an {{email}}. Bestellung {{invoice}}."""),
    ("fr", """\
Support joueurs – chat (ticket {{ticket}})

Joueur : bonjour, je n'arrive plus à me connecter, quelqu'un a changé mon mot de passe
Agent ({{first}}) : Bonjour ! Quel est l'e-mail du compte ?
Joueur : {{email}}
Agent ({{first}}) : Merci. Pour vérifier, votre date de naissance ?
Joueur : {{dob}}
Agent ({{first}}) : C'est bon. Le compte {{username}} est verrouillé et la double authentification réinitialisée.
Joueur : merci, je m'appelle {{name}} si besoin pour le dossier"""),
    ("fr", """\
Préparatoire – appel d'un service hospitalier

Pharmacien ({{first}}) : Préparatoire, {{first}} à l'appareil.
Infirmière : Bonjour, {{name}}, service de pédiatrie. Les gélules de captopril pour la chambre 12 ?
Pharmacien ({{first}}) : Pour quel patient ?
Infirmière : {{name2}}, né le {{dob}}.
Pharmacien ({{first}}) : Lot {{short_sha}}, prêt à 14 h. Vous pouvez me joindre au {{phone}}.
Infirmière : Merci, bon de commande {{invoice}}."""),
    ("es", """\
Depósito municipal de vehículos – llamada

Operador ({{first}}): Depósito municipal, le atiende {{first}}.
Ciudadano: Buenos días, creo que la grúa se ha llevado mi coche.
Operador ({{first}}): ¿A nombre de quién está el vehículo?
Ciudadano: {{name}}.
Operador ({{first}}): Sí, está aquí, denuncia {{invoice}}. Traiga el DNI y el permiso de circulación.
Ciudadano: Vale. Si hay algún problema, llámeme al {{phone}}.
Operador ({{first}}): Expediente {{ticket}}."""),
    ("it", """\
Ufficio bagagli smarriti – chiamata

Operatore ({{first}}): Lost & Found, buongiorno.
Passeggero: Buongiorno, sono {{name}}, il mio bagaglio non è arrivato dal volo di ieri sera.
Operatore ({{first}}): Ha il numero della pratica?
Passeggero: Sì, {{ticket}}.
Operatore ({{first}}): La valigia è stata rintracciata e arriva oggi. A che indirizzo la consegniamo?
Passeggero: {{street}}, {{townline}}. Il mio cellulare è {{phone}}.
Operatore ({{first}}): Perfetto, etichetta {{tracking}}."""),
]

CODE = [
    ("en", """\
# brs-gateway/config.yml – baggage reconciliation: load control <-> sortation <-> ramp handhelds
dcs_feed:
  url: https://{{hostname}}/bsm/v2
  username: {{username}}
  password: "{{password}}"
sortation_plc:
  host: {{ip}}
  community: "{{token}}"
handhelds:
  mdm_api_key: "{{token2}}"
  push_url: https://{{hostname2}}/devices
alerts: {{internal_email}}   # release {{version}}"""),
    ("en", """\
# .env – brewery ERP (brew sheets, duty returns, trade orders)
APP_ENV=production
DATABASE_URL=postgres://brewerp:{{password}}@{{ip}}:5432/brewery
DUTY_PORTAL_USER={{username}}
DUTY_PORTAL_PASSWORD={{password2}}
SHOPIFY_ADMIN_TOKEN={{token}}
SENDGRID_API_KEY={{token2}}
ORDERS_INBOX={{internal_email}}
BUILD_SHA={{sha}}"""),
    ("en", """\
{
  "gateway": "alarm-panel-cloud",
  "site_account": "{{account}}",
  "panel": {"serial": "{{serial}}", "firmware": "{{version}}", "lan_ip": "{{ip}}"},
  "installer": {"login": "{{username}}", "engineer_code": "{{password}}"},
  "arc_receiver": {"host": "{{hostname}}", "shared_secret": "{{token}}"},
  "push": {"fcm_server_key": "{{gcp}}"},
  "owner_contact": "{{email}}",
  "config_hash": "{{md5}}"
}"""),
    ("en", """\
#!/usr/bin/env python3
# worksheet_export.py – push signed compounding worksheets from the LIMS to the QA archive
import pyodbc, boto3

LIMS = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER={{ip}};UID={{username}};PWD={{password}}")
s3 = boto3.client("s3", aws_access_key_id="{{aws_key}}", aws_secret_access_key="{{aws_secret}}")

for batch_id, pdf in LIMS.execute("SELECT batch_id, pdf FROM worksheets WHERE signed = 1"):
    s3.put_object(Bucket="qa-archive", Key=f"worksheets/{batch_id}.pdf", Body=pdf)
# pharmacist on call: {{email}} · export job {{uuid}}"""),
    ("en", """\
# inventory/group_vars/ground_stations.yml – TT&C antennas and modems
ansible_user: {{username}}
ansible_become_password: "{{password}}"
station_north:
  acu_host: {{ip}}
  modem_api_token: "{{token}}"
station_south:
  acu_host: {{ip2}}
  modem_api_token: "{{token2}}"
ops_pager: {{internal_email}}
image_digest: "{{digest}}"   # modem firmware {{version}}"""),
    ("en", """\
; CrashReporter.ini – QA build {{version}} (not for retail)
[Upload]
Endpoint=https://{{hostname}}/api/crash/submit
ApiKey={{token}}
SymbolServerUser={{username}}
SymbolServerPassword={{password}}
[Telemetry]
BugTrackerToken={{gitlab}}
DefaultReporter={{internal_email}}
BuildChangelist={{short_sha}}"""),
    ("en", """\
#!/usr/bin/env bash
# anpr-upload.sh – push camera-car plate reads to the enforcement back office every 5 minutes
set -euo pipefail
BACKOFFICE="https://{{hostname}}/anpr/v1/reads"
API_KEY="{{token}}"
SFTP_PASS='{{password}}'
curl -sf -H "Authorization: Bearer $API_KEY" -F "file=@/data/reads/$(date +%F).csv" "$BACKOFFICE"
sshpass -p "$SFTP_PASS" sftp {{username}}@{{ip}}:/evidence <<< "put /data/video/*.mp4"
# maintainer: {{email}}  rev {{short_sha}}"""),
    ("en", """\
# crontab – science data logger, research vessel (VSAT link is metered: sync at night only)
MAILTO={{internal_email}}
SHORE_USER={{username}}
SHORE_PASS={{password}}
# underway data (thermosalinograph, ADCP, met) to the shore archive
15 2 * * * rsync -az /data/underway/ rsync://$SHORE_USER@{{hostname}}/cruise/ --password-file=/etc/rsync.pw
# position reports to the fleet portal
*/30 * * * * curl -s -H "X-Token: {{token}}" https://{{hostname2}}/api/pos -d @/run/gps.json
# logger build {{version}}, cruise id {{uuid}}"""),
    ("en", """\
# terraform/prod.auto.tfvars – rental booking platform
region            = "eu-west-1"
db_admin_user     = "{{username}}"
db_admin_password = "{{password}}"
payment_psp_key   = "{{stripe}}"
maps_api_key      = "{{gcp}}"
key_locker_api = {
  url   = "https://{{hostname}}/lockers"
  token = "{{token}}"
}
alarm_email = "{{internal_email}}"
release     = "{{version}}"  # commit {{sha}}"""),
    ("en", """\
// macros/refund-approved.js – player support helpdesk macro runner
const HELPDESK = "https://{{hostname}}/api/v2";
const HELPDESK_TOKEN = "{{token}}";
const STORE_SECRET = "{{stripe}}";

async function approveRefund(ticketId, orderId) {
  // escalation owner: {{email}}
  await fetch(`${HELPDESK}/tickets/${ticketId}`, {
    method: "PUT",
    headers: { Authorization: `Basic ${btoa("{{username}}:" + HELPDESK_TOKEN)}` },
    body: JSON.stringify({ status: "solved", tags: ["refund", orderId] }),
  });
}
approveRefund("{{ticket}}", "{{invoice}}");"""),
    ("de", """\
; sudhaus.ini – Brauereisteuerung, Anbindung an Warenwirtschaft und Zollportal
[Steuerung]
SPS_Adresse={{ip}}
Wartungszugang={{username}}
Wartungspasswort={{password}}
[Warenwirtschaft]
API_Schluessel={{token}}
Benachrichtigung={{internal_email}}
[Version]
Rezeptstand={{version}}
Pruefsumme={{md5}}"""),
    ("de", """\
# schliessanlagen-verwaltung/settings.yml – Schlüsseldienst, Kundendatenbank und Transponder
datenbank:
  host: {{ip}}
  benutzer: {{username}}
  passwort: "{{password}}"
transponder_cloud:
  api_key: "{{token}}"
  mandant: {{uuid}}
backup:
  s3_access_key: {{aws_key}}
  s3_secret_key: "{{aws_secret}}"
support_kontakt: {{email}}   # Stand {{short_sha}}"""),
    ("fr", """\
# settings.py – application de contrôle du stationnement (FPS, agents, terminaux)
DEBUG = False
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "{{ip}}",
        "USER": "{{username}}",
        "PASSWORD": "{{password}}",
    }
}
SECRET_KEY = "{{token}}"
ANTAI_API_TOKEN = "{{token2}}"
ADMINS = [("Astreinte", "{{internal_email}}")]
VERSION = "{{version}}"  # commit {{short_sha}}"""),
    ("fr", """\
# docker-compose.yml – portail loueurs (réservations, états des lieux photo)
services:
  api:
    image: registry.example.net/location/api@{{digest}}
    environment:
      DB_PASSWORD: "{{password}}"
      STRIPE_SECRET_KEY: "{{stripe}}"
      PHOTO_BUCKET_KEY: "{{aws_key}}"
      PHOTO_BUCKET_SECRET: "{{aws_secret}}"
      CONTACT_TECH: "{{email}}"
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {{username}}
      POSTGRES_PASSWORD: "{{password}}"
# release {{version}}"""),
    ("es", """\
# adquisicion.conf – buque oceanográfico, envío de datos a tierra por satélite
[tierra]
servidor = {{hostname}}
usuario = {{username}}
clave = {{password}}
[iridium]
imei = {{serial}}
token_api = {{token}}
[aviso]
correo_guardia = {{internal_email}}
version = {{version}}"""),
    ("it", """\
# application.yml – gestionale laboratorio galenico (ricette, lotti, etichette)
spring:
  datasource:
    url: jdbc:postgresql://{{ip}}:5432/galenica
    username: {{username}}
    password: "{{password}}"
etichette:
  stampante_api_key: "{{token}}"
firma_digitale:
  jwt_servizio: "{{jwt}}"
notifiche:
  farmacista_responsabile: {{email}}
build: {{version}}   # {{short_sha}}"""),
]

PROSE = [
    ("en", """\
PROPERTY IRREGULARITY REPORT – delayed baggage

File reference: {{ticket}}
Passenger: {{name}}
Permanent address: {{street}}, {{townline}}, {{country}}
Temporary address (until {{date}}): hotel near the airport, room 417
Phone: {{phone}} · Email: {{email}}
Bag: black hard-shell, medium, tag {{tracking}}, yellow strap
Contents listed: laptop charger, medication (inhaler), suits
Delivery authorised to the temporary address; handler's job number {{invoice}}."""),
    ("en", """\
Cask register – private owner record

Owner: {{name}}
Date of birth (age check): {{dob_iso}}
Address: {{street}}, {{townline}}
Cask: {{serial}}, refill hogshead, filled {{date}}
Payments to: {{iban}} (refunds of storage overpayments only)
Notes: owner asked to be told before the cask reaches 10 years; transfer of title needs the signed
form and 50 GBP admin fee. Register entry {{invoice}}, warehouse ledger {{ticket}}."""),
    ("en", """\
Key-cutting authorisation – restricted key system

System: MK-7, profile registered to {{company}}
Requested by: {{name}}, facilities manager, {{phone}}
Keys: 6 x change key, doors 3.01-3.06
Checked against the authorised signatory list on {{date}}: signature matches card on file
Delivered by hand only, photo ID checked (driving licence); key register page {{short_sha}}
Job {{ticket}}; invoice {{invoice}} to be sent to {{email}}."""),
    ("en", """\
Compounding worksheet – oral liquid (patient-specific)

Patient: {{name}}    DOB: {{dob}}    Hospital no.: {{mrn}}
Prescriber: Dr {{name2}}
Product: sodium bicarbonate 8.4% in SyrSpend, 100 ml
Master formula version {{version}}; batch {{short_sha}}; balance serial {{serial}}
Prepared by {{first}} (technician), checked by the pharmacist on {{date}}
Beyond-use date 28 days, store 2-8 °C. Dispatch ref. {{ticket}}."""),
    ("en", """\
Ground station – site access request (escorted visitor)

Visitor: {{name}}
Date of birth: {{dob_words}}
Employer: {{company}}, {{job}}
Nationality check: done, export-control screening ref. {{ticket}}
Host: {{name2}}, {{internal_email}}, {{phone}}
Areas: antenna field, control room (no photography), visit on {{date}}
Vehicle: hire car, park outside the perimeter fence. Badge {{serial}}."""),
    ("en", """\
QA tester onboarding – contractor record

Name: {{name}}
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}
Tester login: {{username}}
NDA signed {{date}} (envelope {{uuid}})
Pay: weekly to {{iban}}
Emergency contact: {{name2}}, {{phone}}
Test kit: console dev unit serial {{serial}}, returned at end of contract
Cohort: certification pass, build {{version}}"""),
    ("en", """\
Blue badge misuse – investigation note (confidential)

Badge holder: {{name}}, born {{dob_words}}
Holder's address: {{street}}, {{townline}}
Person seen using the badge: {{name2}}, stated phone {{phone}}
Vehicle parked in a disabled bay while the holder was not present (the holder is in residential care,
confirmed by the care home on {{date}}).
Badge seized under PCN {{invoice}}; body-worn video {{uuid}}; referred to the counter-fraud team as {{ticket}}."""),
    ("en", """\
Pre-sailing medical declaration – science party

Name: {{name}}
Date of birth: {{dob}}
Seafarer medical certificate no.: {{serial}}, valid to {{date}}
Conditions: type 1 diabetes, insulin pump; spare pump in cabin fridge
Allergies: penicillin
Next of kin: {{name2}}, {{intl}}, {{email}}
Cruise {{ticket}}; declaration form version {{version}}"""),
    ("en", """\
Vehicle damage report – return check-in

Rental agreement: {{invoice}}    Fleet no.: {{serial}}
Hirer: {{name}}, customer no. {{account}}
Phone: {{phone}}
Damage found: 12 cm scratch on the nearside rear door, not on the check-out diagram
Hirer's statement: "happened in the multi-storey, no other car involved"
Photos uploaded to claim {{ticket}}; checked in by {{first}} at 18:42"""),
    ("en", """\
Salary sacrifice car scheme – employee application

Employee: {{name}}, payroll no. {{account}}
Date of birth: {{dob_iso}}
Home address: {{street}}, {{townline}}
Vehicle: electric hatchback, 36 months, 10,000 miles a year
Home charger installation at the address above, survey {{ticket}}
Gross salary reduction from the next payroll; lease agreement {{invoice}}
Manager approval: {{name2}}, {{internal_email}}"""),
    ("de", """\
Anmeldung Mobilitätshilfe (PRM) – Flughafen

Fluggast: {{name}}
Geburtsdatum: {{dob}}
Flug: Abflug {{date}}, Buchungscode im Ticket {{ticket}}
Hilfebedarf: WCHC, eigener Rollstuhl (elektrisch, Batterie Lithium-Ionen)
Begleitperson: {{name2}}, Mobil {{phone}}
Abholung: {{street}}, {{townline}}
Vermerk Ramp: Rollstuhl als Letztes verladen, Batterie abklemmen. Auftrag {{invoice}}"""),
    ("de", """\
Personalbogen – Brennerei

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
Bankverbindung: {{iban}}
Tätigkeit: Brennmeister, Vollzeit ab {{date}}
Zollrechtliche Unterweisung Verschlussbrennerei erfolgt; Personalnummer {{account}}, Vorgang {{ticket}}"""),
    ("fr", """\
Contrat de télésurveillance – fiche abonné

Abonné : {{name}}
Adresse du site protégé : {{street}}, {{townline}}
Téléphone : {{phone}}
Personnes à prévenir : {{name2}} ({{phone2}})
Mot de passe de levée de doute : {{password}}
Centrale n° {{serial}}, prélèvement mensuel sur {{iban}}
Contrat {{invoice}} – mise en service {{date}}"""),
    ("fr", """\
Fiche salarié – studio de jeux vidéo

Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Poste : testeur QA, CDD 6 mois, équipe certification
Identifiant : {{username}}
Mutuelle : oui ; RIB : {{iban}}
Contact d'urgence : {{name2}}, {{phone}}
Matricule {{account}} – accord de confidentialité signé le {{date}}"""),
    ("es", """\
Ficha de conductor – renting de flota

Conductor: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio: {{street}}, {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Vehículo asignado: flota {{serial}}, furgoneta eléctrica
Contrato de renting {{invoice}} · Tarjeta de combustible {{short_sha}}
Incidencia abierta: {{ticket}}"""),
    ("it", """\
Scheda cliente – birrificio artigianale (club degustazioni)

Cliente: {{name}}
Data di nascita (verifica maggiore età): {{dob}}
Indirizzo di consegna: {{street}}, {{townline}}
Cellulare: {{phone}} · Email: {{email}}
Addebito mensile su {{iban}}
Abbonamento {{invoice}} – cassa da 12 bottiglie; pratica {{ticket}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
