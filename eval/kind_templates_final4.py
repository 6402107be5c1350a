"""FINAL4 templates of the generalisation corpus kinds (eval.kinds), for the `final4` split.

Written by a helper session after the final3 split had been scored once, without ever running the
detection engine on them or reading its code or any split's misses: only the labelled texts
themselves were generated and read. Never to be tuned on: the lead scores them once
(`python -m eval --split final4`). They imitate what people paste into an LLM at work: mail threads
with Outlook, Gmail and Apple quoting in four languages, lead-scan exports, README maintainer lists,
mailing-list digests, business-card OCR, shipping labels in two columns, Shopify webhooks, hotel
folios, claims notices, work orders, tenancy and legal letters, video-call captions, Discord and
Intercom chats, voice-bot and dispatcher transcripts, sales-call notes, Ansible inventories,
.pypirc/pip.conf, Spring properties, Sentry events, psql sessions, Terraform plans, ssh -vvv
output, Laravel .env files, prescription refills, travel-desk and payroll requests, fraud cases,
DSAR logs and enrolment forms, with ordinary text around the values (amounts, order, ticket and
invoice numbers, versions, hashes, hostnames, paths, companies, job titles) so that over-redaction
is measured as well as recall.

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
Can you turn this into a two-line signature for my phone? Keep the mobile and the e-mail, drop the rest.

{{first}} {{last}} (she/her)
{{job}} | {{dept}}
{{company}}
m: {{intl}}  |  t: {{ext}}
{{email}}
Book a slot with me: https://cal.example.com/team-emea/30min
[cid:image001.png@01DB7A2C.5F1E9A40]
This e-mail and any attachments are confidential and may be privileged."""),
    ("en", """\
-----Original Message-----
From: {{first}} {{last}} <{{email}}>
Sent: {{date}} 7:52 AM
To: {{dept}} <{{internal_email}}>
Subject: Credit hold on account {{account}}

Hello,

We paid invoice {{invoice}} last Friday (remittance attached). Could you release the credit hold so that
order SO-44817 can ship this week?

Many thanks

{{first}} {{last}}
{{job}}
{{company}}
Tel {{phone}}
[cid:image002.jpg@01DB7A2C.5F1E9A40]"""),
    ("en", """\
first_name,last_name,title,company,email,phone,badge_scanned,interest,notes
{{first}},{{last}},"{{job}}","{{company}}",{{email}},{{e164}},{{timestamp}},hot,"wants a demo of {{product}} in Q3"
{{first2}},{{last2}},"{{job2}}","{{company2}}",{{email2}},{{phone2}},{{timestamp2}},warm,"visited booth twice, asked about SSO"
{{first3}},{{last3}},"{{job3}}","{{company3}}",{{email3}},,{{timestamp3}},cold,"student, no budget\""""),
    ("en", """\
## Maintainers

| Area | Maintainer | Contact |
|------|------------|---------|
| ingestion pipeline | {{name}} | {{internal_email}} |
| billing adapters   | {{name2}} | {{email2}} |
| release tooling    | {{name3}} | {{internal_email3}} |

Security issues: do **not** open a public issue. Write to the release owner above and quote the
affected version (currently {{version}}, build {{short_sha}}). Out of hours, the on-call lead for this
repo is {{first4}} {{last4}}, reachable on {{e164}}."""),
    ("en", """\
Today's Topics:

   1. Re: Proxy settings for the build agents ({{name}})
   2. Re: Proxy settings for the build agents ({{name2}})

----------------------------------------------------------------------

Message: 1
Date: {{date}}
From: {{name}} <{{email}}>
Subject: Re: Proxy settings for the build agents

Setting NO_PROXY on the agents fixed it for us. Ping me if you want the playbook.

--
{{name}} | {{company}} | {{local7}}

------------------------------

Message: 2
Date: {{date2}}
From: {{name2}} <{{email2}}>
Subject: Re: Proxy settings for the build agents

Same here, thanks!"""),
    ("en", """\
OCR result (business card, front):

{{company_uc}}
{{first_uc}} {{last_uc}}
{{job}}
T  {{phone}}
M  {{intl}}
{{email}}
www.example-partner.com

Please add this person to the CRM as a new lead, owner {{name2}}, source "trade fair"."""),
    ("en", """\
hey! new number from Monday, old one gets cut off on the 30th.

cheers
{{first_lc}}

--
{{first}} {{last}} · {{job}} · {{company}}
WhatsApp / Signal: {{e164}}
Landline (Tue+Thu only): {{local7}}"""),
    ("en", """\
On {{date}}, at 08:03, {{name}} <{{email}}> wrote:

> Could you send me the signed NDA before the kick-off? Legal won't let me share the specs without it.
>
> Best,
> {{name}}
> {{job}}, {{company}}
> Direct line {{phone}}

Sent from my iPhone"""),
    ("en", """\
Subject: You're invited: {{product}} migration – go/no-go

Organizer: {{name}}
Required: {{name2}}; {{name3}}; {{dept}}
Optional: {{first4}} {{last4}}

Agenda: rollback plan, data freeze window, comms to customers.

________________________________________________________________________________
Join on your computer or mobile app
Meeting ID: 382 119 460 275   Passcode: Vw3k9Q
If the dial-in fails, call the organizer directly on {{intl}} or write to {{internal_email}}.
________________________________________________________________________________"""),
    ("de", """\
Sehr geehrte Damen und Herren,

anbei die unterschriebene Auftragsbestätigung {{invoice}} zurück.

Mit besten Grüßen / Best regards

i. A. {{first}} {{last}}
{{job}}
{{dept}}

{{company}}
Tel.: {{phone}} | Fax: {{local7}}
Mobil: {{intl}}
E-Mail: {{email}}

Sitz der Gesellschaft: {{city}} | USt-IdNr. {{vat}}
Bitte prüfen Sie, ob diese E-Mail wirklich ausgedruckt werden muss."""),
    ("de", """\
IMPRESSUM – Kundennewsletter März

Herausgeber: {{company}}
Verantwortlich für den Inhalt: {{name}}
Redaktion: {{first2}} {{last2}}, {{dept}}
Leserservice: {{phone}} (Mo–Fr 8–18 Uhr) oder {{email}}

Sie erhalten diesen Newsletter, weil Sie sich am {{date}} angemeldet haben. Abmelden: Link im Fußbereich."""),
    ("fr", """\
Bonjour,

Je vous confirme la livraison pour jeudi matin, créneau 8h–10h.

Cordialement,

{{first}} {{last}}
{{job}}
{{company}}
Tél. fixe : {{phone}}
Portable : {{e164}}
Courriel : {{email}}

De : {{name2}} <{{email2}}>
Envoyé : {{date}} 15:27
À : {{first}} {{last}}
Objet : Livraison commande {{invoice}}

Pouvez-vous me confirmer le créneau ? Le quai ferme à 12h."""),
    ("fr", """\
--
{{first_uc}} {{last_uc}}
{{job}} – {{dept}}
{{company}}
☎ {{intl}} · ✉ {{email}}
Absent le mercredi. En cas d'urgence : {{name2}}, poste {{local7}}.
Pensez à l'environnement avant d'imprimer ce courriel."""),
    ("es", """\
Perfecto, lo revisamos el lunes.

Saludos cordiales,
{{first}} {{last}}
{{job}} | {{company}}
T. {{phone}} · M. {{e164}}
{{email}}

De: {{name2}} <{{email2}}>
Enviado el: {{date}} 12:40
Para: {{first}} {{last}}
Asunto: RE: presupuesto renovación {{product}}

Te adjunto la propuesta revisada con el descuento del 12 %."""),
    ("it", """\
Grazie, ricevuto.

Un cordiale saluto,
{{first}} {{last}}
{{job}}
{{company}} – {{dept}}
Tel. {{phone}} | Cell. {{intl}}
Mail: {{email}}

Da: {{name2}} [mailto:{{email2}}]
Inviato: {{date}} 09:15
A: {{first}} {{last}}
Oggetto: Ordine {{invoice}} – conferma consegna"""),
    ("es", """\
Contacto de guardia para el cierre trimestral:
- Responsable: {{name}}, {{job}} – móvil {{e164}}
- Suplente: {{name2}} – fijo {{phone}}, ext. 318
- Buzón del equipo: {{internal_email}}
Si no contesta nadie en 20 minutos, abrid incidencia {{ticket}} en {{product}}."""),
]

ADDRESS = [
    ("en", """\
can you format this for a DHL label please? recipient is {{name_lc}}, {{street_lc}}, {{townline_lc}}, \
{{country_lc}}. sender is us ({{company}}). parcel 2.4 kg, contents: spare parts, value 180 EUR"""),
    ("en", """\
SHIP FROM                              SHIP TO
{{company}}                            {{name_uc}}
{{street}}                             {{street2_uc}}
{{townline}}                           {{townline2_uc}}
{{country}}                            {{country2_uc}}

SERVICE: EXPRESS 12:00   WEIGHT: 3.8 KG   PIECES: 1/1
TRACKING: {{tracking}}   REF: {{invoice}}"""),
    ("en", """\
Guest folio – Room 412 – Conf. {{ticket}}
Guest: {{first}} {{last}}
Billing address: {{street}}, {{unit}}, {{townline}}, {{country}}
Company: {{company}} (corporate rate)
Arrival {{date}}  Departure {{date2}}  Nights 3
Room charge 3 x 148.00    444.00
City tax                   12.60
Minibar                    18.50
Balance due               475.10
Paid by card ending 4417 – thank you for staying with us."""),
    ("en", """\
FIRST NOTICE OF LOSS
Policy: {{account}}    Claim ref: {{ticket}}
Insured: {{name}}
Mailing address: {{pobox}}, {{townline}}
Loss location: {{street2}}, {{townline2}}
Date of loss: {{date}}
Description: burst pipe in the kitchen ceiling, water damage to flooring and two cabinets.
Adjuster assigned: {{name3}} ({{internal_email}})"""),
    ("en", """\
WORK ORDER {{ticket}}
Property: {{street}}, {{townline}}
Unit: {{unit}}
Tenant: {{name}}   Tel: {{phone}}
Issue: radiator in bedroom cold, boiler pressure 0.4 bar
Access: key safe at rear door, code given by phone
Contractor: {{company}}   Not to exceed: 350.00
Raised by {{first2}}, {{dept}}, {{date}}"""),
    ("en", """\
{"id": 5530917486, "email": "{{email}}", "total_price": "219.80", "currency": "EUR",
 "shipping_address": {"first_name": "{{first}}", "last_name": "{{last}}", "company": "{{company}}",
  "address1": "{{street}}", "address2": "{{unit}}", "postal_line": "{{townline}}",
  "country": "{{country}}", "phone": "{{phone}}"},
 "line_items": [{"sku": "LAMP-OAK-02", "quantity": 2, "price": "89.90"}],
 "fulfillment_status": null, "updated_at": "{{timestamp}}"}"""),
    ("en", """\
INSERT INTO customer_address (customer_id, kind, line1, line2, town_line, country, valid_from) VALUES
  ({{account}}, 'billing',  '{{street}}',  NULL,        '{{townline}}',  '{{country}}', '2025-01-01'),
  ({{account}}, 'delivery', '{{street2}}', '{{unit}}', '{{townline2}}', '{{country}}', '2025-04-15');
-- migrated from legacy CRM, batch {{uuid}}"""),
    ("en", """\
WITHOUT PREJUDICE

{{first}} {{last}}
{{street}}
{{townline}}

Our ref: {{ticket}}
Your ref: {{invoice}}
{{date_words}}

Dear {{first}} {{last}},

We act for {{company}} in connection with the unpaid balance of EUR 7,240.00. Unless payment is received
within 14 days, our client will issue proceedings without further notice."""),
    ("en", """\
member_no|salutation|full_name|address_1|address_2|postal|country|segment
{{account}}|Ms|{{name}}|{{street}}||{{townline}}|{{country}}|gold
{{account2}}|Mr|{{name2}}|{{pobox}}|c/o {{company2}}|{{townline2}}|{{country2}}|standard
{{account3}}||{{name3}}|{{street3}}|{{unit}}|{{townline3}}|{{country3}}|standard"""),
    ("en", """\
Change of address – pension scheme
Member number: {{account}}
Member: {{name}}
Previous address: {{street}}, {{townline}}
New address: {{street2}}
             {{townline2}}
             {{country2}}
Effective from: {{date}}
Please also update the address for the annual benefit statement. Signed online, IP {{ip}}."""),
    ("de", """\
Absender:
{{name}}
{{street}}
{{townline}}

Empfänger:
{{company}}
Retourenabteilung
{{pobox}}
{{townline2}}

Retourennummer: {{ticket}}   Sendungsnummer: {{tracking}}
Grund der Rücksendung: Artikel beschädigt (Displayrahmen gebrochen)"""),
    ("de", """\
Mietvertrag über Wohnraum (Auszug)

Zwischen {{company}}, vertreten durch {{name2}}, – nachstehend Vermieter –
und Herrn {{first}} {{last}}, derzeit wohnhaft {{street}}, {{townline}}, – nachstehend Mieter –
wird folgender Vertrag geschlossen:

§ 1 Mieträume: Wohnung im Anwesen {{street2}}, {{unit}}, {{townline2}}, bestehend aus 3 Zimmern,
Küche, Bad, Kellerabteil Nr. 7.
§ 2 Mietbeginn: {{date}}. Kaltmiete monatlich 1.140,00 €, Nebenkostenvorauszahlung 210,00 €."""),
    ("fr", """\
DEVIS N° {{invoice}}                               Date : {{date}}

Adresse de facturation :                Adresse de livraison :
{{company}}                             {{name}}
{{street}}                              {{street2}}
{{townline}}                            {{townline2}}

Désignation                          Qté    PU HT     Total HT
Fauteuil de direction cuir            2    420,00      840,00
Livraison et montage                  1     95,00       95,00
Validité de l'offre : 30 jours."""),
    ("fr", """\
Votre colis {{tracking}} n'a pas pu être livré ce jour : destinataire absent.
Adresse : {{name}}, {{street}}, {{townline}}
Il sera présenté de nouveau demain entre 9h et 13h. Vous pouvez aussi le retirer en point relais
avec le code 4417 et une pièce d'identité."""),
    ("es", """\
FACTURA {{invoice}}
Fecha de emisión: {{date}}

Datos del cliente
Nombre: {{name}}
Dirección: {{street}}
{{townline}}
{{country}}
N.º de cliente: {{account}}

Concepto                               Importe
Cuota mensual fibra 600 Mb              35,00 €
Alquiler router                          3,00 €
IVA 21 %                                 7,98 €
TOTAL                                   45,98 €
Cargo en la cuenta {{iban}}"""),
    ("it", """\
DOCUMENTO DI TRASPORTO n. {{invoice}} del {{date}}

Mittente: {{company}}
Destinatario: {{name}}
Destinazione merce: {{street}}, {{unit}}, {{townline}} ({{country}})
Causale del trasporto: vendita
Aspetto esteriore dei beni: 2 colli su bancale, peso lordo 64 kg
Vettore: {{company2}} – rif. {{tracking}}
Firma del conducente: ____________"""),
]

DIALOGUE = [
    ("en", """\
00:00:04.120 --> 00:00:09.880
{{first}} {{last}}: OK, I think everyone's here. {{first2}}, can you share your screen?

00:00:10.300 --> 00:00:15.010
{{first2}} {{last2}}: Sure. So this is the churn dashboard for {{product}}, numbers are as of last Sunday.

00:00:15.400 --> 00:00:22.760
{{name3}}: Before we start, {{first}}, the customer I mentioned, {{first4}} {{last4}}, wants a call back on {{phone}}.

00:00:23.000 --> 00:00:25.900
{{first}} {{last}}: Noted, I'll take that after this."""),
    ("en", """\
{{username}} — Today at {{clock}}
anyone know who owns the staging {{product}} cluster now?
{{username2}} — Today at {{clock2}}
that was {{first3}} {{last3}} but she moved to the data team. try {{first4}}
{{username}} — Today at {{clock2}}
thx. {{first4}}'s mobile is {{e164}} right? the pager rota is out of date"""),
    ("en", """\
Consultation transcript (telehealth), {{date}}
DR {{last_uc}}: Good morning, can you confirm your full name and date of birth for me?
PATIENT: {{name2}}, born {{dob_words}}.
DR {{last_uc}}: Thank you. How has the new inhaler been?
PATIENT: Better at night. The pharmacy called me on {{phone}} about the repeat, by the way.
DR {{last_uc}}: Good. I'll send the prescription to them today. Your record number is {{mrn}}, quote it if they ask."""),
    ("en", """\
Call summary – discovery call with {{company}} ({{date}}, 32 min)
Participants: {{first}} {{last}} (AE), {{first2}} {{last2}} ({{job2}}, {{company}}), {{first3}} {{last3}} (SE)

{{first2}}: "We're on {{product}} today and renewal is in October."
{{first}}: "Who else needs to be in the room for a decision?"
{{first2}}: "Our CFO, {{first4}} {{last4}}. Best to go through her assistant, {{internal_email}}."
{{first3}}: "We'll prep a sandbox with their sample data."

Next step: technical workshop, {{first}} to send slots."""),
    ("en", """\
DISPATCH: Emergency services, what's the address of the emergency?
CALLER: {{street}}, {{townline}}. My neighbour {{first}} {{last}} fell down the stairs.
DISPATCH: Is {{first}} breathing?
CALLER: Yes, but not answering properly, just mumbling.
DISPATCH: What number are you calling from in case we get cut off?
CALLER: {{spelled}}.
DISPATCH: Stay on the line, help is on the way. Unit 14 is four minutes out."""),
    ("en", """\
{{first}} from {{company}}: Hi there 👋 How can we help?
You: my invoice shows two seats but we only have one user
{{first}} from {{company}}: Sorry about that! Can you tell me the e-mail on the account?
You: {{email}}
{{first}} from {{company}}: Thanks. I can see a second seat for {{first2}} {{last2}}, added on {{date}}. Shall I remove it?
You: yes please, {{first2}} left in spring
{{first}} from {{company}}: Done, a credit of 24.00 will show on the next invoice."""),
    ("en", """\
BOT: Thanks for calling. To find your booking, please say or enter the phone number on the reservation.
USER: it's {{spelled}}
BOT: I found a booking for {{name}}, arriving {{date}}. Is that correct?
USER: yes but my colleague {{name2}} is travelling too
BOT: I can add a second guest. What is their mobile number?
USER: {{spelled2}}
BOT: Thank you. A confirmation will be sent to {{email}}."""),
    ("en", """\
Notes from the call with the landlord's agent, {{date}}

I spoke to {{first}}'s manager at {{company}}, someone called {{first2}} {{last2}}, who said the deposit is held by
{{first3}} {{last3}} in their accounts team. {{first2}} promised to chase it and to call me back on
{{phone}} before Friday. He also mentioned that the inventory report from {{date2}} was signed by
{{name4}}, not by us."""),
    ("en", """\
Q: Thanks for joining the podcast, {{first}}. For listeners who don't know you?
A: Sure. I'm {{first}} {{last}}, {{job}} at {{company}}. Before that I spent six years at a small agency.
Q: And how did you get into accessibility work?
A: Honestly, through my brother {{first2}}. He's blind, and watching him fight with forms was enough.
Q: If people want to reach out?
A: I'm on most platforms as {{username}}, or just e-mail {{email}}."""),
    ("en", """\
[{{date}} {{clock}}] <b>{{first}} {{last}}</b> joined the conversation
[{{date}} {{clock}}] {{first}} {{last}}: hi, my card was charged twice for order {{invoice}}
[{{date}} {{clock2}}] Agent {{first2}}: Hello {{first}}, I'm sorry to hear that. Could you confirm the postcode on the card?
[{{date}} {{clock2}}] {{first}} {{last}}: it's the one on {{street}}, {{townline}}
[{{date}} {{clock2}}] Agent {{first2}}: Thanks, refund issued. Reference {{ticket}}."""),
    ("de", """\
Gesprächsnotiz
Datum: {{date}}, {{clock}} Uhr
Teilnehmer: {{first}} {{last}} ({{company}}), {{name2}} (wir)

Herr {{last}} ruft an, weil die Lieferung seit zwei Wochen überfällig ist. Er sagt wörtlich: „Wenn das
bis Freitag nicht da ist, stornieren wir.“ Ich habe zugesagt, mit {{first3}} {{last3}} aus dem Lager zu
sprechen und ihn morgen unter {{phone}} zurückzurufen. Kundennummer: {{account}}."""),
    ("de", """\
{{first_lc}}: kannst du mir kurz die nummer von der frau {{last2}} schicken? die von {{company}}
{{first3_lc}}: {{phone}}
{{first3_lc}}: aber vorsicht, die ist nur vormittags erreichbar
{{first_lc}}: danke dir!! und weißt du ob {{first4}} noch im urlaub ist?
{{first3_lc}}: bis {{date}}, vertretung macht {{name5}}"""),
    ("fr", """\
Compte rendu – comité de pilotage du {{date}}
Présents : {{first}} {{last}} (direction), {{first2}} {{last2}} ({{company}}), {{first3}} {{last3}}

Intervenant 1 ({{first}}) : le lot 2 est livré, la recette commence lundi.
Intervenant 2 ({{first2}}) : nous avons besoin d'un accès au bac à sable avant jeudi.
Intervenant 3 ({{first3}}) : je m'en occupe. En cas de souci, appelez-moi au {{intl}}.
Prochain comité : dans quinze jours, même heure."""),
    ("fr", """\
Client : Bonjour, je m'appelle {{name}}, je vous appelle pour mon contrat d'électricité.
Conseiller : Bonjour, pouvez-vous me donner votre numéro de client ?
Client : {{account}}.
Conseiller : Merci. Je vois que le prélèvement du {{date}} a été rejeté. Souhaitez-vous qu'on vous rappelle ?
Client : Oui, plutôt en fin de journée, au {{spelled}}.
Conseiller : C'est noté. Vous recevrez aussi un courriel à {{email}}."""),
    ("es", """\
Operadora: Servicio de atención al cliente, le atiende {{first}}. ¿En qué puedo ayudarle?
Cliente: Hola, soy {{name2}}. Llamo por el corte de internet de esta mañana.
Operadora: ¿Me puede confirmar el número de contrato?
Cliente: Sí, es el {{account}}.
Operadora: Gracias. El técnico le llamará al {{spelled}} para darle una cita.
Cliente: Vale, pero si no lo cojo, que llame a mi hija {{first3}}."""),
    ("it", """\
[{{clock}}, {{date}}] {{name}}: Ciao a tutti, domani il corriere passa in magazzino alle 8
[{{clock}}, {{date}}] {{name2}}: Ok, apro io. {{first3}} sei in ferie?
[{{clock2}}, {{date}}] {{first3}} {{last3}}: Sì fino a lunedì, per urgenze chiamate {{first4}} al {{phone}}
[{{clock2}}, {{date}}] {{name}}: Perfetto, grazie! 👍"""),
]

CODE = [
    ("en", """\
================================== FAILURES ===================================
____________________ test_summarise_ticket[long-thread] ______________________
client = <LLMClient model='gpt-4o-mini' base_url='https://llm-gw.example.net/v1'>
monkeypatch = <_pytest.monkeypatch.MonkeyPatch object at 0x7f3a1c2b9d90>

    def test_summarise_ticket(client, monkeypatch):
        monkeypatch.setenv("OPENAI_API_KEY", "{{openai}}")
>       out = client.summarise(load_fixture("{{path}}"))
E       AssertionError: expected <= 120 tokens, got 411

tests/test_summary.py:58: AssertionError
=========================== short test summary info ===========================
FAILED tests/test_summary.py::test_summarise_ticket[long-thread] - AssertionError
1 failed, 86 passed in 12.48s (commit {{short_sha}})"""),
    ("en", """\
# inventory/prod.ini
[db]
{{hostname}} ansible_host={{ip}} ansible_user=deploy ansible_password={{password}}

[web]
{{hostname2}} ansible_host={{ip2}}

[all:vars]
ansible_python_interpreter=/usr/bin/python3
ansible_become_pass={{password2}}
app_version={{version}}"""),
    ("en", """\
why does pip ignore my private index? here are my configs:

~/.pypirc
[distutils]
index-servers = internal
[internal]
repository = https://pypi.example.net/simple/
username = {{username}}
password = {{password}}

~/.config/pip/pip.conf
[global]
index-url = https://{{username}}:{{token}}@pypi.example.net/simple/
trusted-host = pypi.example.net

pip 24.0 from /usr/lib/python3/dist-packages/pip (python 3.12)"""),
    ("en", """\
# src/main/resources/application-prod.properties
spring.datasource.url=jdbc:postgresql://{{hostname}}:5432/orders
spring.datasource.username=orders_app
spring.datasource.password={{password}}
spring.mail.host=smtp.example.net
spring.mail.username={{internal_email}}
spring.mail.password={{password2}}
app.jwt.signing-key={{token}}
app.build.commit={{sha}}
management.endpoints.web.exposure.include=health,info"""),
    ("en", """\
TypeError: Cannot read properties of undefined (reading 'plan')
    at resolveSeats (/srv/app/dist/billing/seats.js:88:31)
    at async /srv/app/dist/routes/checkout.js:41:17
request: {
  method: 'POST',
  url: '/api/v2/checkout',
  headers: {
    authorization: 'Bearer {{jwt}}',
    'x-request-id': '{{uuid}}',
    'x-forwarded-for': '{{ip}}'
  },
  body: { email: '{{email}}', seats: 3, coupon: 'SPRING25' }
}
Node.js v20.12.2"""),
    ("en", """\
orders=> SELECT id, full_name, email, last_login_ip, created_at FROM users WHERE plan = 'trial' LIMIT 3;
   id   |      full_name       |          email           | last_login_ip |     created_at
--------+----------------------+--------------------------+---------------+---------------------
 {{account}} | {{name}} | {{email}} | {{ip}} | {{timestamp}}
 {{account2}} | {{name2}} | {{email2}} | {{ip2}} | {{timestamp2}}
 {{account3}} | {{name3}} | {{email3}} | {{ip3}} | {{timestamp3}}
(3 rows)

Time: 4.812 ms"""),
    ("en", """\
Terraform will perform the following actions:

  # gitlab_project_variable.deploy_token will be created
  + resource "gitlab_project_variable" "deploy_token" {
      + key       = "DEPLOY_TOKEN"
      + value     = "{{gitlab}}"
      + protected = true
      + project   = "platform/{{product_lc}}"
    }

  # aws_iam_access_key.ci will be created
  + resource "aws_iam_access_key" "ci" {
      + id     = "{{aws_key}}"
      + secret = "{{aws_secret}}"
      + user   = "ci-runner"
    }

Plan: 2 to add, 0 to change, 0 to destroy."""),
    ("en", """\
$ ssh -vvv -i ~/.ssh/deploy_ed25519 {{username}}@{{ip}}
OpenSSH_9.6p1 Ubuntu-3ubuntu13, OpenSSL 3.0.13 30 Jan 2024
debug1: Connecting to {{ip}} [{{ip}}] port 22.
debug1: Connection established.
debug1: Server host key: ssh-ed25519 SHA256:{{b64data}}
debug1: Offering public key: /home/ci/.ssh/deploy_ed25519 ED25519 agent
debug1: Authentications that can continue: publickey
{{username}}@{{ip}}: Permission denied (publickey).

and this is the key file, is the format wrong?
{{private_key}}"""),
    ("en", """\
{
  "event_id": "{{md5}}",
  "release": "checkout@{{version}}",
  "environment": "production",
  "level": "error",
  "user": {"id": "{{account}}", "email": "{{email}}", "username": "{{username}}", "ip_address": "{{ip}}"},
  "exception": {"values": [{"type": "StripeAuthenticationError",
    "value": "Invalid API Key provided: {{stripe}}"}]},
  "tags": {"server_name": "{{hostname}}", "commit": "{{sha}}"}
}"""),
    ("en", """\
apiVersion: v1
kind: Secret
metadata:
  name: alerting-credentials
  namespace: monitoring
  annotations:
    checksum/config: {{sha256}}
type: Opaque
stringData:
  SLACK_WEBHOOK_URL: {{slack_hook}}
  SLACK_BOT_TOKEN: {{slack}}
  SMTP_PASSWORD: "{{password}}"
  GRAFANA_ADMIN_USER: admin"""),
    ("en", """\
2025-06-11T09:42:17.551Z  INFO  Run aws configure set aws_access_key_id {{aws_key}}
2025-06-11T09:42:17.902Z  INFO  Run aws configure set aws_secret_access_key {{aws_secret}}
2025-06-11T09:42:18.114Z  INFO  Run docker build -t app:{{short_sha}} .
2025-06-11T09:42:51.730Z  INFO  #12 writing image {{digest}} done
2025-06-11T09:42:52.008Z  ERROR denied: User: arn:aws:iam::000000000000:user/ci-runner is not authorized
Job {{uuid}} failed after 35s on runner {{hostname}}"""),
    ("de", """\
Hallo, warum bekomme ich bei diesem Skript immer 401? Bitte um Hilfe.

#!/usr/bin/env bash
set -euo pipefail
API="https://erp.example.de/api/v1"
curl -s -u "{{username}}:{{password}}" "$API/auftraege?status=offen" -o auftraege.json
az storage blob upload --account-name berichtedev --account-key "{{azure}}" \\
   --container-name export --file auftraege.json --name "$(date +%F).json"
echo "fertig, Prüfsumme: {{md5}}\""""),
    ("fr", """\
[{{timestamp}}] [error] [client {{ip}}] AH01617: user {{username}}: authentication failure for "/admin/": Password Mismatch
[{{timestamp2}}] [warn] [client {{ip2}}] AH01797: client denied by server configuration: /var/www/html/.git
[{{timestamp3}}] [error] [client {{ip}}] PHP Warning: mysqli::__construct(): (HY000/1045): Access denied for user 'boutique'@'localhost' (using password: YES) in /var/www/html/config.php on line 12

Le fichier config.php contient : $db_pass = '{{password}}'; // à changer après la mise en prod {{version}}
Quelqu'un peut m'expliquer pourquoi le compte est bloqué ?"""),
    ("es", """\
# .env (Laravel) – entorno de preproducción
APP_NAME=PortalClientes
APP_ENV=staging
APP_KEY=base64:{{b64data}}
DB_HOST={{hostname}}
DB_USERNAME=portal
DB_PASSWORD={{password}}
MAIL_USERNAME={{internal_email}}
MAIL_PASSWORD={{password2}}
AWS_ACCESS_KEY_ID={{aws_key}}
AWS_SECRET_ACCESS_KEY={{aws_secret}}
GOOGLE_MAPS_KEY={{gcp}}"""),
    ("it", """\
$ docker logs --tail 5 fatturazione-worker
{{timestamp}} INFO  avvio worker fatturazione {{version}} (build {{short_sha}})
{{timestamp2}} INFO  connessione a redis://:{{password}}@cache-interna:6379/0 riuscita
{{timestamp2}} WARN  variabile GEMINI_API_KEY={{gcp}} letta dal file .env, spostarla nel vault
{{timestamp3}} ERROR invio PEC fallito per la fattura {{invoice}}: timeout dopo 30s
Qualcuno sa perché il timeout arriva sempre dopo 30 secondi?"""),
    ("en", """\
commit {{sha}}
Author: {{name}} <{{email}}>
Date:   {{date}}

    chore: rotate the notifier token (old one leaked in #4471)

diff --git a/.github/workflows/notify.yml b/.github/workflows/notify.yml
@@ -12,5 +12,5 @@ jobs:
       - name: Notify
         env:
-          GH_TOKEN: {{github}}
+          GH_TOKEN: {{github2}}
           ANTHROPIC_API_KEY: {{anthropic}}"""),
]

PROSE = [
    ("en", """\
Repeat prescription request – received via patient portal on {{date}}
Patient: {{name}}   DOB: {{dob}}   MRN: {{mrn}}
Medication: salbutamol 100 micrograms inhaler, 2 puffs as needed (last issued 41 days ago)
Preferred pharmacy: {{company}}
Call-back number if the pharmacist has questions: {{phone}}
Reviewed by {{name2}}, practice pharmacist – approved, 1 inhaler."""),
    ("en", """\
Travel request {{ticket}}
Traveller (as in passport): {{first_uc}} {{last_uc}}
Date of birth: {{dob_iso}}
Frequent flyer no.: {{account}}
Mobile for airline notifications: {{e164}}
Route: outbound {{date}}, return {{date2}}, economy, one checked bag
Cost centre: {{dept}}
Approver: {{name2}} ({{internal_email}})
Note: please avoid the 06:10 departure, the traveller is coming from a client workshop at {{company}}."""),
    ("en", """\
Payroll change form
Employee: {{name}}   Employee no.: {{account}}
Date of birth: {{dob_words}}
Change: new bank account for salary from the next payroll run
New IBAN: {{iban}}
Reason: switched banks
Entered by {{username}} ({{dept}}) on {{date}}; second approval by {{name2}} pending."""),
    ("en", """\
FRAUD CASE {{ticket}} – card-not-present
Customer {{name}} (customer no. {{account}}, born {{dob}}) reported three transactions she does not recognise,
all on {{date}} between 02:10 and 02:25, total 1,318.40 EUR, merchant category 5732. Login history shows a new
device from {{ip}} under username {{username}}. Card blocked, replacement ordered; customer asked to be
called on {{phone}} only, not e-mailed."""),
    ("en", """\
DSAR log – entry 37
Received: {{date}} via web form
Requester: {{name}} ({{email}})
Identity check: date of birth {{dob_words}} matches the CRM record; customer no. {{account}}
Systems searched: {{product}}, billing, support tickets, marketing lists
Deadline: one month from receipt; extension not needed
Handled by {{first2}} {{last2}}, {{dept}}"""),
    ("en", """\
Hi, can you rewrite this reference letter so it sounds less stiff?

"This letter confirms that {{name}}, date of birth {{dob}}, has been a tenant at one of our properties since
{{date_words}} and has always paid the rent of 1,250 per month on time. Their tenant reference is {{account}}.
Please direct any questions to me at {{email}}. – {{name2}}, {{job2}}, {{company}}\""""),
    ("en", """\
Enrolment form – evening courses, autumn term
Student ID: {{account}}
Surname: {{last}}      Given name(s): {{first}}
Date of birth (DD/MM/YYYY): {{dob}}
Portal login: {{username}}
Course: Data Analysis with Python (level 2), Tue/Thu 18:30–20:30
Emergency contact: {{name2}}, {{phone}}
Fee: 480.00, paid by employer ({{company}})"""),
    ("en", """\
Security incident note – {{date}}
At {{clock}} the SOC saw 14 failed logins for the account {{username}} followed by one success from {{ip}}.
The account belongs to {{first}} {{last}} ({{job}}, {{dept}}), badge {{account}}. {{first}} confirmed by phone that
it was not them. Password reset forced, sessions revoked, MFA re-enrolled. Ticket {{ticket}}."""),
    ("en", """\
UNDERWRITING NOTE
Applicant {{name}}, DOB {{dob_words}}, applies for term life cover of 250,000 over 20 years (policy
application {{account}}). Non-smoker, BMI 24. Family history: father had a heart attack at 61. GP report
requested from Dr {{last2}} on {{date}}. Decision pending; broker {{company}} informed via {{internal_email}}."""),
    ("en", """\
Patient: {{first}} {{last}} · MRN {{mrn}} · DOB {{dob_iso}}
Referral reason: persistent knee pain after a fall on {{date}}, MRI shows a partial tear of the medial meniscus.
Plan: physiotherapy twice weekly for six weeks, review in clinic afterwards. {{first}} works as a {{job}} and
asked for a fit note for two weeks. Letter copied to the GP practice."""),
    ("de", """\
Schadenmeldung Kfz-Haftpflicht
Versicherungsnummer: {{account}}
Versicherungsnehmer: {{name}}, geb. {{dob}}
Schadentag: {{date}}, ca. 17:40 Uhr
Hergang: Beim Ausparken auf dem Kundenparkplatz von {{company}} wurde ein geparktes Fahrzeug am hinteren
Kotflügel beschädigt. Der Halter, {{name2}}, ist unter {{phone}} erreichbar.
Bearbeiter: {{username}}, Vorgang {{ticket}}"""),
    ("de", """\
Überleitungsbogen Pflege
Bewohner/in: {{first}} {{last}}, geboren am {{dob_words}}
Patientennummer Klinik: {{mrn}}
Pflegegrad 3, Mobilität mit Rollator, Insulin morgens und abends.
Angehörige: Tochter {{name2}}, Tel. {{phone}}
Verlegung am {{date}} aus dem Wohnbereich 2 ins Krankenhaus zur Abklärung von Stürzen."""),
    ("fr", """\
Compte rendu de consultation – {{date}}
Patiente : {{name}}, née le {{dob}}, dossier n° {{mrn}}
Motif : céphalées récurrentes depuis trois mois, sans signe de gravité.
Examen neurologique normal. Tension 12/8.
Conduite à tenir : bilan ophtalmologique, agenda des crises, revoir dans six semaines.
Médecin : Dr {{last2}}"""),
    ("fr", """\
Demande de remboursement de frais – {{ticket}}
Salarié : {{name}} (matricule {{account}})
Identifiant intranet : {{username}}
Objet : déplacement client chez {{company}} les 14 et 15 du mois
Montant : 612,40 € (train, hôtel, repas)
Virement sur le compte {{iban}}
Validé par {{name2}}, {{job2}}"""),
    ("es", """\
Solicitud de portabilidad
Titular: {{name}}
Fecha de nacimiento: {{dob}}
Número de cliente: {{account}}
Usuario del área de clientes: {{username}}
Número a portar: {{phone}}
Operador donante: {{company}}
Fecha prevista de cambio: {{date}}. La tarjeta SIM se enviará al domicilio del titular."""),
    ("it", """\
Richiesta di liquidazione sinistro – polizza {{account}}
Assicurato: {{name}}, nato il {{dob_words}}
Data del sinistro: {{date}}
Descrizione: infiltrazione d'acqua dal piano superiore, danni al soffitto della cucina.
Perito incaricato: {{name2}}
Coordinate per il pagamento: {{iban}}
Riferimento interno: {{ticket}}, gestito da {{username}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
