/**
 * The report's only script: the vi/en buttons set the page's locale (which the stylesheet uses to show one language),
 * its `lang` and its title. Without it the page stays readable in its default language.
 */
export const LANGUAGE_TOGGLE_SCRIPT = `(function(){
var root=document.documentElement;
function show(locale){
root.setAttribute('data-locale',locale);
root.setAttribute('lang',locale);
var title=root.getAttribute('data-title-'+locale);
if(title)document.title=title;
var buttons=document.querySelectorAll('[data-set-locale]');
for(var i=0;i<buttons.length;i++)buttons[i].setAttribute('aria-pressed',String(buttons[i].getAttribute('data-set-locale')===locale));
}
var buttons=document.querySelectorAll('[data-set-locale]');
for(var i=0;i<buttons.length;i++)buttons[i].addEventListener('click',function(event){show(event.currentTarget.getAttribute('data-set-locale'));});
})();`;
