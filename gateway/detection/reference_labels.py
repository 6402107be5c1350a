"""Labels that say a number is a business document's or a parcel's, not a person's.

An order, invoice, delivery-note, article or reference number ("order #SO1974318", "fattura n. SO7804481",
"DELIVERY NOTE  SO0252344", "référence SO9812454") can pass a DEA checksum or a licence shape by chance,
and a parcel's tracking number ("TRACKING #: 8547732278", "N° de suivi : 695688716409", "Carrier:
Geodis – 934042485771", "Track it here: https://track.example.com/5200321730") a phone's. The label
the writer put before the value says what it is; these checks read it (en/de/fr/es/it/nl/pt words).
"""

from __future__ import annotations

import re

# A document whose number is the firm's reference, never a person's identifier.
_DOCUMENT_NOUN = (
    r"(?:(?:order|ordine|orden|bestellung|bestell|auftrag|commande|pedido|encomenda|bestelling|invoice|rechnung"
    r"|facture|factura|fatura|fattura|factuur|lieferschein|delivery[ \-]note|bon de livraison|albar[aá]n"
    r"|bolla|quote|quotation|angebot|devis|offerta|presupuesto|contract|vertrag|contrat|contrato|contratto"
    r"|r[ée]f[ée]rence|referencia|riferimento|referenz|ref"
    # a booking's confirmation and a freight load are numbered by the firm too
    r"|confirmation|bestätigung|conferma|confirmación|confirmação|booking|buchung|reservation|reservierung"
    r"|réservation|reserva|prenotazione"
    # a product's or a postal item's article number ("Artikel 7734-22", "Article number: 2749468425")
    r"|article|artikel|articolo|art[ií]culo|item"
    # a receipt, an authorisation, a cost centre and a penalty notice are numbered by whoever issues
    # them: "receipt SO7770317", "authorisation FA202136523", "cost centre SO9685019", "PCN FA202694112"
    r"|receipt|quittung|re[çc]u|recibo|ricevuta|authori[sz]ation|autori[sz]ation|autorizzazione|autorizaci[oó]n"
    r"|genehmigung|cost[ \-]cent(?:re|er)|kostenstelle|centre de co[uû]t|centro de co?ste|centro di costo"
    r"|pcn|penalty[ \-]charge[ \-]notice)[^\W\d_]*|po|so|load)"
)
_NUMBER_WORD = r"(?:number|nummer|numéro|número|numero|no\.?|nr\.?|n\.?\s?[°º]|n\.|id|#)"
# Markup between a label and its value: "order <strong>#SO1974318</strong>".
_TAGS = r"(?:\s*<[^<>]{0,40}>)*"
_DOCUMENT_BEFORE = re.compile(
    rf"(?i)(?<![^\W_]){_DOCUMENT_NOUN}(?:[\s_\-]*{_NUMBER_WORD})?{_TAGS}\s*[:.#]?{_TAGS}\s*#?\s*$"
)
_REACH = 50


def labelled_as_document(text: str, start: int) -> bool:
    """Whether the label right before `start` names an order, invoice, delivery note or reference."""
    window = text[max(0, start - _REACH) : start]
    if not window.strip():
        return False
    return _DOCUMENT_BEFORE.search(window) is not None


# Parcel words: a number on a line that a carrier, shipment or tracking label opens is the parcel's.
_SHIPMENT_WORD = re.compile(
    r"(?i)(?<![^\W_])(?:track(?:ing|ed)?|tracciamento|seguimiento|rastreio|suivie?|sendung(?:s?nummer)?|paket"
    r"|parcel|colis|shipment|consignment|waybill|awb|carrier|transporteur|transportista|spediteur|corriere"
    r"|vettore|versand|spedizione|envío|envio|expédition"
    # the verb and the containers and couriers that carry a parcel: "shipped via", "tote", "courier label"
    r"|shipped|ships|dispatched|versandt|expédié|spedito|enviado|courier|kurier|coursier|tote|pallet|palette"
    # a freight container and its seal are numbered by the carrier too: "Container 325915324633"
    r"|container|containers|conteneur|contenedor|contenitore|seal|plomb|precinto|sigillo"
    # a bill of lading, a carrier's label, a checked bag's tag or receipt: "B/L 1654343154", "Prepaid
    # label: 3847505823", "Gepäckschein: 3989264206"
    r"|b/l|bill[ \t]+of[ \t]+lading|label|labels|baggage|luggage|gepäck[^\W\d_]*|equipaje|bagages?|bagagli[oa]"
    # a consignment note, a proof of delivery: "Lettera di vettura 465028554638", "POD 760529463408"
    r"|lettera[ \t]+di[ \t]+vettura|pod|proof[ \t]+of[ \t]+delivery)(?![^\W_])"
)
# Words that say the number is someone's phone after all ("Carrier hotline", "driver, call ...").
# "Tel" is a word of its own or opens a phone's spelling ("Tel.", "Telefon", "téléphone"), never
# another word ("Telescope serial ... · courier 155155231221" is a parcel's line).
_PHONE_WORD = re.compile(
    r"(?i)(?<![^\W_])(?:t[eé]l(?:[eé]?(?:ph|f)on[^\W\d_]*)?(?![^\W\d_])|tlf|phone|fax|mob|handy|cell|portable"
    r"|m[óo]vil|whats|sms|hotline|call|ring|dial|contact|kontakt|contatto|contacto|appel|anruf)"
)
_SHIPMENT_HINTS = ("track", "traccia", "seguim", "rastre", "suivi", "sendung", "paket", "parcel", "colis", "ship",
                   "consign", "waybill", "awb", "carrier", "transport", "spedit", "corriere", "vettore", "versand",
                   "spedizion", "env", "expédi", "dispatch", "courier", "kurier", "coursier", "tote", "pallet",
                   "palette", "spedit", "container", "conteneur", "contened", "contenitor", "seal", "plomb",
                   "precinto", "sigillo", "b/l", "lading", "label", "baggage", "luggage", "gepäck", "equipaje",
                   "bagage", "bagagli", "vettura", "pod", "proof of delivery")


def on_shipment_line(text: str, start: int) -> bool:
    """Whether the line before `start` holds a parcel or carrier word and no phone word ("Tél. pour le
    transporteur :", "Carrier hotline:" introduce a phone)."""
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    line = text[max(line_start, start - 80) : start]
    lower = line.lower()
    if not any(hint in lower for hint in _SHIPMENT_HINTS):
        return False
    return _SHIPMENT_WORD.search(line) is not None and _PHONE_WORD.search(line) is None
